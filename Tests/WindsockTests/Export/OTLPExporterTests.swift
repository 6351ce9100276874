import Foundation
import Logging
import MistralAI
import NIOCore
import Testing
import Tracing
import Windsock

@Suite struct OTLPExporterTests {
    /// A tracer exporting to `endpoint`. The request timeout and the shutdown deadlines below are generous: these
    /// tests are about what is sent and retried, and a CI machine running every suite at once can hold an
    /// in-process round trip for seconds (a request timed out while delivered would be sent twice).
    private func tracer(
        endpoint: String, encoding: OTLPExporterConfiguration.Encoding = .protobuf, attempts: Int = 5,
        requestTimeout: Duration = .seconds(15)
    ) throws -> WindsockTracer {
        try WindsockTracer(
            configuration: WindsockConfiguration(
                destination: .otlp(
                    OTLPExporterConfiguration(
                        endpoint: endpoint, headers: ["Authorization": "Bearer wsk_test"], encoding: encoding,
                        timeout: requestTimeout, maximumAttempts: attempts, initialBackoff: .milliseconds(10),
                        maximumBackoff: .milliseconds(200))),
                resource: WindsockResource(serviceName: "otlp-tests"),
                batch: BatchSettings(scheduledDelay: .milliseconds(20))))
    }

    @Test func exportsGzippedProtobufWithHeadersAndGenAIAttributes() async throws {
        let receiver = OTLPReceiver()
        try await receiver.run { endpoint in
            let tracer = try tracer(endpoint: endpoint)
            try await MockMistral.withClient { mistral in
                try await withTracer(tracer) {
                    try await observe("pipeline", kind: .chain) { _ in
                        _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
                    }
                }
            }
            #expect(await tracer.shutdown(timeout: .seconds(60)))
            #expect(tracer.exportCounts.exported == 2)
        }
        let first = try #require(receiver.received.first)
        #expect(first.contentType == "application/x-protobuf")
        #expect(first.contentEncoding == "gzip")
        #expect(first.authorization == "Bearer wsk_test")
        let spans = try receiver.deliveredSpans()
        #expect(spans.count == 2)
        let chat = try #require(spans.first { $0.name == "chat mistral-small-latest" })
        let pipeline = try #require(spans.first { $0.name == "pipeline" })
        #expect(chat.parentSpanID == pipeline.spanID)
        #expect(chat.traceID == pipeline.traceID)
        #expect(chat.kind == .client)
        let keys = Set(chat.attributes.map(\.key))
        #expect(
            keys.isSuperset(of: [
                GenAIAttributes.providerName, GenAIAttributes.requestModel, GenAIAttributes.usageInputTokens,
            ]))
        #expect(
            !String(
                decoding: try JSONSerialization.data(withJSONObject: chat.attributes.map { "\($0)" }), as: UTF8.self
            ).contains(MockMistral.apiKey))
    }

    @Test func exportsOTLPJSONWithHexIds() async throws {
        let receiver = OTLPReceiver()
        try await receiver.run { endpoint in
            let tracer = try tracer(endpoint: endpoint, encoding: .json)
            withTracer(tracer) { withSpan("json span") { span in span.attributes["count"] = 3 } }
            #expect(await tracer.shutdown(timeout: .seconds(60)))
        }
        let received = try #require(receiver.received.first)
        #expect(received.contentType == "application/json")
        var body = ByteBuffer(bytes: received.body)
        body = try body.decompress(with: .gzip())
        let json = try JSONValue(parsing: String(buffer: body))
        let span = try #require(json["resourceSpans"]?[0]?["scopeSpans"]?[0]?["spans"]?[0])
        #expect(span["name"] == "json span")
        #expect(span["traceId"]?.stringValue?.count == 32)
        #expect(span["spanId"]?.stringValue?.count == 16)
        #expect(span["attributes"]?[0]?["value"]?["intValue"] == "3")
    }

    @Test func retriesHonouringRetryAfterThenDelivers() async throws {
        let receiver = OTLPReceiver(answers: [
            .init(status: .serviceUnavailable, retryAfter: "0"),
            .init(status: .tooManyRequests, retryAfter: "0.05"),
        ])
        try await receiver.run { endpoint in
            let tracer = try tracer(endpoint: endpoint)
            withTracer(tracer) { withSpan("retried") { _ in } }
            #expect(await tracer.shutdown(timeout: .seconds(60)))
            #expect(tracer.exportCounts.exported == 1)
            #expect(tracer.exportCounts.failed == 0)
        }
        #expect(receiver.received.count == 3)
        #expect(try receiver.deliveredSpans().count == 3)
    }

    @Test func aRejectedBatchIsCountedAsFailedWithoutRetries() async throws {
        let receiver = OTLPReceiver(answers: [.init(status: .badRequest)])
        try await receiver.run { endpoint in
            let tracer = try tracer(endpoint: endpoint)
            withTracer(tracer) { withSpan("rejected") { _ in } }
            await tracer.shutdown(timeout: .seconds(60))
            #expect(tracer.exportCounts.failed == 1)
        }
        #expect(receiver.received.count == 1)
    }

    @Test func theAppIsUnaffectedWhenTheEndpointIsDownOrSlow() async throws {
        // Down: nothing listens on this port (bound then closed). Slow: every answer takes 0.5 s, then fails.
        let slowReceiver = OTLPReceiver(
            answers: Array(repeating: .init(status: .serviceUnavailable, delay: .milliseconds(500)), count: 40))
        try await slowReceiver.run { slowEndpoint in
            for endpoint in ["http://127.0.0.1:9/v1/traces", slowEndpoint] {
                // A short request timeout: the down endpoint may not even refuse the connection.
                let tracer = try tracer(endpoint: endpoint, attempts: 2, requestTimeout: .seconds(2))
                try await MockMistral.withClient { mistral in
                    func calls(traced: Bool) async throws -> Duration {
                        let clock = ContinuousClock()
                        return try await clock.measure {
                            for _ in 0..<20 {
                                if traced {
                                    try await withTracer(tracer) {
                                        _ = try await mistral.chat.complete(
                                            model: "mistral-small-latest", messages: [.user("Hi")])
                                    }
                                } else {
                                    _ = try await mistral.chat.complete(
                                        model: "mistral-small-latest", messages: [.user("Hi")])
                                }
                            }
                        }
                    }
                    _ = try await calls(traced: false)  // warm up the connection pool
                    let untraced = try await calls(traced: false)
                    let traced = try await calls(traced: true)
                    // Generous margin: tracing must not wait for the exporter (which takes seconds per batch here).
                    #expect(traced < untraced * 3 + .milliseconds(500), "traced \(traced) vs untraced \(untraced)")
                }
                let completed = await tracer.shutdown(timeout: .seconds(10))
                let counts = tracer.exportCounts
                #expect(completed)
                #expect(counts.exported == 0)
                #expect(counts.failed + counts.dropped == 20, "\(counts)")
            }
        }
    }
}
