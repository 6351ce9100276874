import Foundation
import MistralAI
import Testing
import Tracing
import Windsock
import WindsockModel

@Suite struct WindsockTracerTests {
    @Test func nestsSpansThroughAsyncCallsAndTaskGroups() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            try await withSpan("parent") { _ in
                await withSpan("child") { _ in }
                await withTaskGroup(of: Void.self) { group in
                    for index in 0..<3 {
                        group.addTask { withSpan("grandchild \(index)") { _ in } }
                    }
                }
                try await Task.sleep(for: .milliseconds(1))
            }
        }
        #expect(spans.count == 5)
        let parent = try spans.named("parent")
        #expect(parent.parentSpanID == nil)
        #expect(parent.isLocalRoot)
        for span in spans where span.name != "parent" {
            #expect(span.traceID == parent.traceID)
            #expect(span.parentSpanID == parent.spanID)
            #expect(!span.isLocalRoot)
        }
        #expect(Set(spans.map(\.spanID)).count == 5)
    }

    @Test func recordsAttributesEventsStatusErrorsAndLinks() async throws {
        struct Boom: Error {}
        let test = try TestTracer()
        let spans = try await test.run {
            let first = withSpan("first", ofKind: .producer) { span in
                span.attributes["answer"] = 42
                span.attributes["name"] = "windsock"
                span.addEvent(SpanEvent(name: "checkpoint", attributes: ["step": 1]))
                span.setStatus(SpanStatus(code: .ok))
                return span.context
            }
            do {
                try withSpan("second") { span in
                    span.addLink(SpanLink(context: first, attributes: ["why": "follows"]))
                    throw Boom()
                }
            } catch {}
        }
        let first = try spans.named("first")
        #expect(first.kind == .producer)
        #expect(first.attributes.intValue("answer") == 42)
        #expect(first.attributes.stringValue("name") == "windsock")
        #expect(first.events.map(\.name) == ["checkpoint"])
        #expect(first.status?.code == .ok)
        #expect(first.endNanoseconds >= first.startNanoseconds)
        let second = try spans.named("second")
        #expect(second.isError)
        #expect(second.events.first?.name == "exception")
        #expect(second.events.first?.attributes.stringValue("exception.type")?.hasSuffix("Boom") == true)
        #expect(second.links.first?.spanID == first.spanID)
        #expect(second.links.first?.traceID == first.traceID)
    }

    @Test func endingTwiceRecordsOnce() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            let span = startSpan("once")
            span.end()
            span.end()
        }
        #expect(spans.count == 1)
    }

    @Test func readsBackTheLastTraceWithUsageAndDuration() async throws {
        let test = try TestTracer()
        _ = try await test.run {
            await withSpan("pipeline") { _ in
                withSpan("llm a") { span in
                    span.attributes[GenAIAttributes.usageInputTokens] = 10
                    span.attributes[GenAIAttributes.usageOutputTokens] = 5
                    span.attributes[WindsockAttributes.costUSD] = 0.5
                }
                withSpan("llm b") { span in
                    span.attributes[GenAIAttributes.usageInputTokens] = 7
                    span.attributes[GenAIAttributes.usageOutputTokens] = 3
                }
            }
        }
        let id = try #require(test.tracer.lastTraceID)
        let trace = try #require(test.tracer.trace(id: id))
        #expect(trace.name == "pipeline")
        #expect(trace.spans.count == 3)
        #expect(trace.spans.first?.name == "pipeline")
        #expect(trace.usage.inputTokens == 17)
        #expect(trace.usage.outputTokens == 8)
        #expect(trace.usage.totalTokens == 25)
        #expect(trace.costUSD == 0.5)
        #expect(trace.durationMs >= 0)
        #expect(test.tracer.recentTraces().first?.traceID == id)
    }

    @Test func theRingOfRecentTracesIsBounded() async throws {
        let exporter = InMemorySpanExporter()
        let tracer = try WindsockTracer(
            configuration: WindsockConfiguration(destination: .exporter(exporter), recentTraceCapacity: 3))
        withTracer(tracer) {
            for index in 0..<5 { withSpan("trace \(index)") { _ in } }
        }
        #expect(tracer.recentTraces().map(\.name) == ["trace 4", "trace 3", "trace 2"])
        await tracer.shutdown()
    }

    @Test func disabledModeRecordsNothingUntilReenabled() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            test.tracer.isEnabled = false
            withSpan("while disabled") { span in
                #expect(!span.isRecording)
                span.attributes["ignored"] = true
            }
            test.tracer.isEnabled = true
            withSpan("after") { span in #expect(span.isRecording) }
        }
        #expect(spans.map(\.name) == ["after"])
    }

    @Test func propagatesW3CTraceContext() async throws {
        let test = try TestTracer()
        var headers: [String: String] = [:]
        struct DictionaryInjector: Injector {
            func inject(_ value: String, forKey key: String, into carrier: inout [String: String]) {
                carrier[key] = value
            }
        }
        struct DictionaryExtractor: Extractor {
            func extract(key: String, from carrier: [String: String]) -> String? { carrier[key] }
        }
        let spans = try await test.run {
            withSpan("outgoing") { span in
                test.tracer.inject(span.context, into: &headers, using: DictionaryInjector())
            }
            var incoming = InstrumentationContext.topLevel
            test.tracer.extract(headers, into: &incoming, using: DictionaryExtractor())
            withSpan("incoming", context: incoming) { _ in }
        }
        let outgoing = try spans.named("outgoing")
        let incoming = try spans.named("incoming")
        #expect(headers["traceparent"] == "00-\(outgoing.traceID.hex)-\(outgoing.spanID.hex)-01")
        #expect(incoming.traceID == outgoing.traceID)
        #expect(incoming.parentSpanID == outgoing.spanID)
        #expect(incoming.isLocalRoot)
    }
}
