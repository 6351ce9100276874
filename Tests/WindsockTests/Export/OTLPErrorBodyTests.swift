import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Testing
import Tracing

@testable import Windsock

/// The export-failure log shows the server's message as readable text, never the raw bytes of its answer.
@Suite struct OTLPErrorBodyTests {
    /// A `google.rpc.Status` protobuf as a Windsock server sends it: code 16 (UNAUTHENTICATED) and `message`.
    private func status(code: UInt8, message: String) -> [UInt8] {
        let text = Array(message.utf8)
        return [0x08, code, 0x12, UInt8(text.count)] + text
    }

    @Test func readsTheMessageOfAProtobufStatus() {
        let body = ByteBuffer(bytes: status(code: 16, message: "Missing API key: send Authorization: Bearer"))
        #expect(
            OTLPErrorBody.message(body, contentType: "application/x-protobuf")
                == "Missing API key: send Authorization: Bearer")
        // Without a content type, the bytes still read as a status.
        #expect(OTLPErrorBody.message(body, contentType: nil) == "Missing API key: send Authorization: Bearer")
    }

    @Test func readsTheMessageOfAJSONStatus() {
        let body = ByteBuffer(string: #"{"code":16,"message":"Missing API key"}"#)
        #expect(OTLPErrorBody.message(body, contentType: "application/json") == "Missing API key")
        let nested = ByteBuffer(string: #"{"error":{"code":"unauthorized","message":"Bad key"}}"#)
        #expect(OTLPErrorBody.message(nested, contentType: "application/json; charset=utf-8") == "Bad key")
    }

    @Test func plainTextIsKeptOnOneLineAndCapped() {
        let body = ByteBuffer(string: "<html>\n<body>Bad gateway</body>\n</html>")
        #expect(OTLPErrorBody.message(body, contentType: "text/html") == "<html> <body>Bad gateway</body> </html>")
        let long = ByteBuffer(string: String(repeating: "x", count: 2000))
        let capped = OTLPErrorBody.message(long, contentType: "text/plain")
        #expect(capped.count == OTLPErrorBody.maximumLength + 1)
        #expect(capped.hasSuffix("…"))
    }

    @Test func binaryThatIsNoStatusIsDescribedNotPrinted() {
        let garbage = ByteBuffer(bytes: [0xFF, 0x00, 0x13, 0x08, 0x9C, 0x01, 0xC3])
        #expect(OTLPErrorBody.message(garbage, contentType: "application/x-protobuf") == "(7 bytes of binary data)")
        #expect(OTLPErrorBody.message(garbage, contentType: nil) == "(7 bytes of binary data)")
        #expect(OTLPErrorBody.message(ByteBuffer(), contentType: nil) == "(no body)")
        let controls = ByteBuffer(bytes: status(code: 16, message: "a\u{08}b\u{1B}c"))
        #expect(OTLPErrorBody.message(controls, contentType: "application/x-protobuf") == "a b c")
    }

    @Test func theExportFailureLogShowsTheServersMessage() async throws {
        let body = status(code: 16, message: "Missing API key")
        let router = Router()
        router.post("/v1/traces") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "application/x-protobuf"
            return Response(status: .unauthorized, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var quiet = Logger(label: "otlp-error-body-tests.server")
        quiet.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            }, logger: quiet)
        let lines = NIOLockedValueBox<[String]>([])
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let tracer = try WindsockTracer(
                configuration: WindsockConfiguration(
                    destination: .otlp(
                        OTLPExporterConfiguration(endpoint: "http://127.0.0.1:\(port)/v1/traces", timeout: .seconds(2))
                    ),
                    resource: WindsockResource(serviceName: "otlp-error-body-tests"),
                    batch: BatchSettings(scheduledDelay: .milliseconds(20)),
                    logger: Logger(label: "windsock") { _ in CapturingLogHandler(lines: lines) }))
            withTracer(tracer) { withSpan("refused") { _ in } }
            await tracer.shutdown(timeout: .seconds(5))
            #expect(tracer.exportCounts.failed == 1)
        }
        let warning = try #require(lines.withLockedValue { $0 }.first { $0.contains("could not export") })
        #expect(warning.contains("OTLP export answered HTTP 401: Missing API key"), "\(warning)")
        #expect(!warning.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(warning)")
    }
}

/// Keeps every log line (message and metadata) in `lines`.
private struct CapturingLogHandler: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let text = "\(event.message) \(event.metadata.map { "\($0)" } ?? "")"
        lines.withLockedValue { $0.append(text) }
    }
}
