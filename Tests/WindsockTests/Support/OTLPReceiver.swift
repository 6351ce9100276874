import CompressNIO
import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import OpenTelemetryProto
import SwiftProtobuf

/// A local OTLP/HTTP endpoint that records what it receives and answers as scripted.
final class OTLPReceiver: Sendable {
    struct Received: Sendable {
        var contentType: String?
        var contentEncoding: String?
        var authorization: String?
        var body: [UInt8]
    }

    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var retryAfter: String?
        var delay: Duration?
    }

    private let state = NIOLockedValueBox<(answers: [Answer], received: [Received])>(([], []))

    /// Answers these first, then 200 to everything.
    init(answers: [Answer] = []) {
        state.withLockedValue { $0.answers = answers }
    }

    var received: [Received] { state.withLockedValue { $0.received } }

    /// The spans of every delivered (200) protobuf request.
    func deliveredSpans() throws -> [Opentelemetry_Proto_Trace_V1_Span] {
        try received.filter { $0.contentType == "application/x-protobuf" }.flatMap { received in
            var body = ByteBuffer(bytes: received.body)
            if received.contentEncoding == "gzip" { body = try body.decompress(with: .gzip()) }
            let request = try Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest(
                serializedBytes: Array(buffer: body))
            return request.resourceSpans.flatMap(\.scopeSpans).flatMap(\.spans)
        }
    }

    /// Runs the receiver on `port` (default: a free one) for the duration of `body`.
    func run<T: Sendable>(port: Int = 0, _ body: (_ endpoint: String) async throws -> T) async throws -> T {
        let router = Router()
        router.post("/v1/traces") { request, _ -> Response in
            var request = request
            let bytes = try await request.collectBody(upTo: 16 * 1024 * 1024)
            let answer = self.state.withLockedValue { state -> Answer in
                state.received.append(
                    Received(
                        contentType: request.headers[.contentType],
                        contentEncoding: request.headers[.contentEncoding],
                        authorization: request.headers[.authorization],
                        body: Array(buffer: bytes)))
                return state.answers.isEmpty ? Answer(status: .ok) : state.answers.removeFirst()
            }
            if let delay = answer.delay { try await Task.sleep(for: delay) }
            var headers = HTTPFields()
            if let retryAfter = answer.retryAfter { headers[.retryAfter] = retryAfter }
            return Response(status: answer.status, headers: headers)
        }
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "windsock-tests.otlp")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw TestFailure("the receiver did not start") }
            return try await body("http://127.0.0.1:\(port)/v1/traces")
        }
    }
}
