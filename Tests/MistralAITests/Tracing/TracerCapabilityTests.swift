import Foundation
import InMemoryTracing
import Instrumentation
import MistralMock
import Synchronization
import Testing
import Tracing

@testable import MistralAI

/// What the client does with spans that conform to ``MistralTracingSpan`` (Windsock's do).
@Suite("Tracer capabilities")
struct TracerCapabilityTests {
    @Test("a tracer that keeps no content: the client builds none, merges attributes in place")
    func tracerWithoutContentCapture() async throws {
        let tracer = CapabilityTracer(capturesContent: false)
        let span = try await chat("secret prompt", tracedBy: tracer)
        #expect(span.string(GenAIAttributes.inputMessages) == nil)
        #expect(span.string(GenAIAttributes.outputMessages) == nil)
        #expect(span.string(GenAIAttributes.requestModel) == "mistral-small-latest")
        #expect(span.int(GenAIAttributes.usageInputTokens) != nil)
        #expect(!span.allAttributeText.contains("secret prompt"))
        // The request's and the response's attributes.
        #expect(tracer.merges.count == 2)
    }

    @Test("a tracer that keeps content: the messages are recorded")
    func tracerWithContentCapture() async throws {
        let span = try await chat("a prompt", tracedBy: CapabilityTracer(capturesContent: true))
        let input = try span.json(GenAIAttributes.inputMessages)
        #expect(input[0]?["parts"]?[0]?["content"] == "a prompt")
        #expect(try span.json(GenAIAttributes.outputMessages)[0]?["role"] == "assistant")
    }
}

/// One chat call against the emulator, traced by `tracer`; its span.
private func chat(_ prompt: String, tracedBy tracer: CapabilityTracer) async throws -> FinishedInMemorySpan {
    try await MockServerHarness.withServer { baseURL in
        let mistral = MockServerHarness.client(baseURL)
        try await withTracer(tracer) {
            _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user(prompt)])
        }
    }
    return try tracer.inner.finishedSpans.operation("chat.complete")
}

/// An `InMemoryTracer` whose spans say whether content is kept and count in-place merges.
private struct CapabilityTracer: Tracer {
    let inner = InMemoryTracer()
    let capturesContent: Bool
    let merges = SharedCounter()

    func startSpan<Instant: TracerInstant>(
        _ operationName: String, context: @autoclosure () -> InstrumentationContext, ofKind kind: SpanKind,
        at instant: @autoclosure () -> Instant, function: String, file fileID: String, line: UInt
    ) -> CapabilitySpan {
        CapabilitySpan(
            inner: inner.startSpan(
                operationName, context: context(), ofKind: kind, at: instant(), function: function, file: fileID,
                line: line),
            capturesContent: capturesContent, merges: merges)
    }

    func activeSpan(identifiedBy context: InstrumentationContext) -> CapabilitySpan? { nil }

    func forceFlush() {}

    func inject<Carrier, Inject: Injector>(
        _ context: InstrumentationContext, into carrier: inout Carrier, using injector: Inject
    ) where Inject.Carrier == Carrier {}

    func extract<Carrier, Extract: Extractor>(
        _ carrier: Carrier, into context: inout InstrumentationContext, using extractor: Extract
    ) where Extract.Carrier == Carrier {}
}

private final class SharedCounter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() { value.add(1, ordering: .relaxed) }
    var count: Int { value.load(ordering: .relaxed) }
}

private struct CapabilitySpan: MistralTracingSpan {
    let inner: InMemorySpan
    let capturesContent: Bool
    let merges: SharedCounter

    var context: InstrumentationContext { inner.context }
    var operationName: String {
        get { inner.operationName }
        nonmutating set { inner.operationName = newValue }
    }
    var attributes: SpanAttributes {
        get { inner.attributes }
        nonmutating set { inner.attributes = newValue }
    }
    var isRecording: Bool { inner.isRecording }

    func mergeAttributes(_ attributes: SpanAttributes) {
        merges.increment()
        inner.attributes.merge(attributes)
    }

    func setStatus(_ status: SpanStatus) { inner.setStatus(status) }
    func addEvent(_ event: SpanEvent) { inner.addEvent(event) }
    func recordError<Instant: TracerInstant>(
        _ error: any Error, attributes: SpanAttributes, at instant: @autoclosure () -> Instant
    ) {
        inner.recordError(error, attributes: attributes, at: instant())
    }
    func addLink(_ link: SpanLink) { inner.addLink(link) }
    func end<Instant: TracerInstant>(at instant: @autoclosure () -> Instant) { inner.end(at: instant()) }
}
