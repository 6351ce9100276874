import Foundation
import MetricsTestKit
import MistralAI
import NIOConcurrencyHelpers
import Testing
import Tracing
import Windsock

/// An exporter that holds every export until released.
final class GatedExporter: SpanExporter {
    private let gate = NIOLockedValueBox<(open: Bool, waiters: [CheckedContinuation<Void, Never>], exported: Int)>(
        (false, [], 0))

    func export(_ spans: [RecordedSpan]) async throws {
        await withCheckedContinuation { continuation in
            let open = gate.withLockedValue { state -> Bool in
                if !state.open { state.waiters.append(continuation) }
                return state.open
            }
            if open { continuation.resume() }
        }
        gate.withLockedValue { $0.exported += spans.count }
    }

    func open() {
        let waiters = gate.withLockedValue { state in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    var exported: Int { gate.withLockedValue { $0.exported } }
}

@Suite struct PipelineTests {
    @Test func samplingKeepsTheRatioAndEveryTraceWithAnError() async throws {
        struct Failure: Error {}
        let test = try TestTracer(sampleRatio: 0)
        let spans = try await test.run {
            for index in 0..<20 {
                withSpan("ok \(index)") { _ in withSpan("child") { _ in } }
            }
            try? withSpan("failing root") { _ in
                withSpan("healthy child") { _ in }
                try withSpan("failing child") { _ in throw Failure() }
            }
        }
        #expect(Set(spans.map(\.name)) == ["failing root", "healthy child", "failing child"])
        #expect(test.tracer.exportCounts.sampledOut == 40)
        #expect(test.tracer.exportCounts.exported == 3)

        let half = TraceRatioSampler(ratio: 0.5)
        let ids = (0..<2000).map { _ in Windsock.randomTraceID() }
        let chosen = ids.filter(half.shouldSample).count
        #expect((800...1200).contains(chosen))
        #expect(ids.allSatisfy(TraceRatioSampler(ratio: 1).shouldSample))
    }

    @Test func contentCaptureOffAndRedactionApplyToEverySpan() async throws {
        let redactor = Redactor { name, value in
            if name == "customer.email" { return nil }
            if case .string(let text) = value, text.contains("4111-1111") {
                return .string(text.replacingOccurrences(of: "4111-1111", with: "****"))
            }
            return value
        }
        let test = try TestTracer(redactor: redactor)
        let spans = try await MockMistral.withClient { mistral in
            try await test.run {
                try await observe("checkout", input: "card 4111-1111") { span in
                    span.setAttribute("customer.email", .string("a@b.c"))
                    test.tracer.captureContent = false
                    _ = try await mistral.chat.complete(
                        model: "mistral-small-latest", messages: [.user("my card 4111-1111")])
                    test.tracer.captureContent = true
                }
            }
        }
        let checkout = try spans.named("checkout")
        #expect(checkout.attributes.get("customer.email") == nil)
        #expect(checkout.attributes.stringValue(WindsockAttributes.input) == #""card ****""#)
        let chat = try spans.named("chat mistral-small-latest")
        #expect(chat.attributes.get(GenAIAttributes.inputMessages) == nil)
        #expect(chat.attributes.get(GenAIAttributes.outputMessages) == nil)
        #expect(chat.usage.inputTokens != nil)
        for span in spans {
            var text = ""
            // SpanAttributes is not a Sequence.
            // swift-format-ignore: ReplaceForEachWithForLoop
            span.attributes.forEach { key, value in text += "\(key)=\(value)" }
            #expect(!text.contains(MockMistral.apiKey))
            #expect(!text.contains("4111-1111"))
        }
    }

    @Test func aFullQueueDropsAndCountsWithoutBlockingTheCaller() async throws {
        let exporter = GatedExporter()
        let metrics = TestMetrics()
        let tracer = try WindsockTracer(
            configuration: WindsockConfiguration(
                destination: .exporter(exporter),
                batch: BatchSettings(maximumQueueSize: 10, maximumBatchSize: 5, scheduledDelay: .milliseconds(5)),
                metricsFactory: metrics))
        withTracer(tracer) {
            for index in 0..<100 { withSpan("span \(index)") { _ in } }
        }
        // The first batch is held by the exporter; at most 10 more wait in the queue; the rest were dropped.
        let dropped = tracer.exportCounts.dropped
        #expect(dropped >= 85)
        exporter.open()
        #expect(await tracer.forceFlush(timeout: .seconds(5)))
        #expect(exporter.exported + dropped == 100)
        #expect(tracer.exportCounts.exported == exporter.exported)
        // The same counts as swift-metrics counters.
        #expect(try metrics.expectCounter("windsock_sdk_spans_dropped_total").totalValue == Int64(dropped))
        #expect(try metrics.expectCounter("windsock_sdk_spans_exported_total").totalValue == Int64(exporter.exported))
        await tracer.shutdown()
    }

    @Test func shutdownWaitsUpToItsDeadlineThenDropsAndCounts() async throws {
        let exporter = GatedExporter()
        let tracer = try WindsockTracer(
            configuration: WindsockConfiguration(
                destination: .exporter(exporter), batch: BatchSettings(scheduledDelay: .seconds(60))))
        withTracer(tracer) {
            for index in 0..<3 { withSpan("span \(index)") { _ in } }
        }
        let completed = await tracer.shutdown(timeout: .milliseconds(100))
        #expect(!completed)
        withTracer(tracer) { withSpan("after shutdown") { _ in } }
        #expect(tracer.exportCounts.dropped >= 1)
        exporter.open()
    }

    @Test func shutdownFlushesEverythingQueued() async throws {
        let exporter = InMemorySpanExporter()
        let tracer = try WindsockTracer(
            configuration: WindsockConfiguration(
                destination: .exporter(exporter), batch: BatchSettings(scheduledDelay: .seconds(60))))
        withTracer(tracer) {
            for index in 0..<7 { withSpan("span \(index)") { _ in } }
        }
        #expect(exporter.spans.isEmpty)
        #expect(await tracer.shutdown(timeout: .seconds(5)))
        #expect(exporter.spans.count == 7)
        #expect(exporter.isShutDown)
    }

    @Test func theConsoleExporterPrintsReadableLines() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        let console = ConsoleSpanExporter { line in lines.withLockedValue { $0.append(line) } }
        let tracer = try WindsockTracer(configuration: WindsockConfiguration(destination: .exporter(console)))
        withTracer(tracer) {
            withSpan("chat mistral-small-latest") { span in
                span.attributes[GenAIAttributes.requestModel] = "mistral-small-latest"
                span.attributes[GenAIAttributes.usageInputTokens] = 12
                span.attributes[GenAIAttributes.usageOutputTokens] = 40
                span.addEvent("checkpoint")
            }
        }
        await tracer.shutdown()
        let printed = lines.withLockedValue { $0 }
        #expect(printed.count == 2)
        #expect(printed[0].hasPrefix("[windsock] chat mistral-small-latest"))
        #expect(printed[0].contains("model=mistral-small-latest"))
        #expect(printed[0].contains("in=12"))
        #expect(printed[0].contains("out=40"))
        #expect(printed[1].contains("event checkpoint"))
    }
}
