import MistralAI
import Testing
import Tracing
import Windsock

/// The SDK under a failing collector (RELIABILITY.md): spans wait and retry while the collector resets
/// connections, and are delivered once it is back; an answer OTLP calls final (500) is not retried.
@Suite struct FailingCollectorTests {
    /// The request timeout is long on purpose: a request that times out is retried, and one the collector did
    /// receive would then arrive twice (OTLP delivery is at least once; the server drops the copy). These tests
    /// are about resets and final answers, which come back at once, not about a collector slowed by a busy
    /// machine.
    private func tracer(endpoint: String, attempts: Int) throws -> WindsockTracer {
        try WindsockTracer(
            configuration: WindsockConfiguration(
                destination: .otlp(
                    OTLPExporterConfiguration(
                        endpoint: endpoint, timeout: .seconds(30), maximumAttempts: attempts,
                        initialBackoff: .milliseconds(50), maximumBackoff: .milliseconds(200))),
                resource: WindsockResource(serviceName: "failing-collector-tests"),
                batch: BatchSettings(scheduledDelay: .milliseconds(20))))
    }

    @Test func spansWaitThroughConnectionResetsAndAreDeliveredOnceTheCollectorIsBack() async throws {
        let resetter = try await ResettingListener.start()
        let port = resetter.port
        let tracer = try tracer(endpoint: "http://127.0.0.1:\(port)/v1/traces", attempts: 60)
        try await MockMistral.withClient { mistral in
            try await withTracer(tracer) {
                for index in 0..<5 {
                    try await observe("request \(index)", kind: .chain) { _ in
                        _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
                    }
                }
            }
        }
        // The collector resets every connection for a while, then a healthy one takes its port.
        try await Task.sleep(for: .milliseconds(400))
        #expect(tracer.exportCounts.exported == 0)
        try await resetter.stop()
        let receiver = OTLPReceiver()
        try await receiver.run(port: port) { _ in
            #expect(await tracer.shutdown(timeout: .seconds(60)))
        }
        let counts = tracer.exportCounts
        #expect(counts.exported == 10, "\(counts)")
        #expect(counts.failed == 0 && counts.dropped == 0, "\(counts)")
        let delivered = try receiver.deliveredSpans()
        #expect(delivered.count == 10)
        #expect(Set(delivered.map(\.spanID)).count == 10, "a span was delivered twice")
    }

    @Test func anInternalServerErrorIsFinalAndCounted() async throws {
        let receiver = OTLPReceiver(answers: [.init(status: .internalServerError)])
        try await receiver.run { endpoint in
            let tracer = try tracer(endpoint: endpoint, attempts: 5)
            withTracer(tracer) { withSpan("refused") { _ in } }
            await tracer.shutdown(timeout: .seconds(5))
            #expect(tracer.exportCounts.failed == 1)
            #expect(tracer.exportCounts.exported == 0)
        }
        #expect(receiver.received.count == 1, "OTLP/HTTP: a 500 is not retried")
    }
}
