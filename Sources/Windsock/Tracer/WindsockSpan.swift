import MistralAI
import NIOConcurrencyHelpers
import Tracing
import WindsockModel

/// A span of the Windsock tracer. Thread-safe: set attributes, add events and end it from any task.
///
/// Ending it a second time does nothing. A span that is not recording (tracing disabled) ignores every change.
public final class WindsockSpan: Tracing.Span, MistralTracingSpan, Sendable {
    /// The context of the span: pass it on to nest spans under this one. It carries the span itself, so that
    /// observation setters and trace updates find the current span from the task-local context.
    public var context: InstrumentationContext {
        var context = baseContext
        context.activeWindsockSpan = self
        return context
    }
    private let baseContext: InstrumentationContext
    /// The span's identity.
    public let spanContext: WindsockSpanContext
    /// The OpenTelemetry span kind.
    public let kind: Tracing.SpanKind
    /// Whether changes are recorded (`false` while tracing is disabled).
    public let isRecording: Bool
    /// Whether the span's parent is not a local span (a root, or a child of a remote parent).
    let isLocalRoot: Bool
    private let startNanoseconds: UInt64
    let pipeline: SpanPipeline
    private let state: NIOLockedValueBox<State>

    private struct State {
        var name: String
        var attributes: SpanAttributes = [:]
        var events: [Tracing.SpanEvent] = []
        var links: [RecordedSpanLink] = []
        var status: Tracing.SpanStatus?
        var ended = false
    }

    init(
        name: String, context: InstrumentationContext, spanContext: WindsockSpanContext, kind: Tracing.SpanKind,
        startNanoseconds: UInt64, isRecording: Bool, isLocalRoot: Bool, pipeline: SpanPipeline
    ) {
        self.spanContext = spanContext
        self.kind = kind
        self.isRecording = isRecording
        self.isLocalRoot = isLocalRoot
        self.startNanoseconds = startNanoseconds
        self.pipeline = pipeline
        self.state = NIOLockedValueBox(State(name: name))
        self.baseContext = context
    }

    public var operationName: String {
        get { state.withLockedValue { $0.name } }
        set {
            guard isRecording else { return }
            state.withLockedValue { $0.name = newValue }
        }
    }

    public var attributes: SpanAttributes {
        get { state.withLockedValue { $0.attributes } }
        set {
            guard isRecording else { return }
            state.withLockedValue { $0.attributes = newValue }
        }
    }

    /// Sets (or with `nil`, removes) one attribute; cheaper than reading and writing ``attributes``.
    public func setAttribute(_ name: String, _ value: SpanAttribute?) {
        guard isRecording else { return }
        state.withLockedValue { $0.attributes.set(name, value: value) }
    }

    /// Adds `attributes` in place, replacing those of the same name.
    public func mergeAttributes(_ attributes: SpanAttributes) {
        guard isRecording else { return }
        state.withLockedValue { state in
            if state.attributes.isEmpty {
                state.attributes = attributes
            } else {
                state.attributes.merge(attributes)
            }
        }
    }

    /// Changes the attributes in place under the span's lock.
    public func editAttributes(_ body: (inout SpanAttributes) -> Void) {
        guard isRecording else { return }
        state.withLockedValue { body(&$0.attributes) }
    }

    /// Whether the tracer keeps prompts, completions and other content (see ``WindsockTracer/captureContent``).
    public var capturesContent: Bool { pipeline.captureContent }

    /// Reads one attribute.
    public func attribute(_ name: String) -> SpanAttribute? {
        state.withLockedValue { $0.attributes.get(name) }
    }

    public func setStatus(_ status: Tracing.SpanStatus) {
        guard isRecording else { return }
        state.withLockedValue { state in
            // OpenTelemetry: once OK, the status is final; UNSET never overrides.
            if state.status?.code == .ok { return }
            state.status = status
        }
    }

    public func addEvent(_ event: Tracing.SpanEvent) {
        guard isRecording else { return }
        state.withLockedValue { $0.events.append(event) }
    }

    public func recordError<Instant: TracerInstant>(
        _ error: any Error,
        attributes: SpanAttributes,
        at instant: @autoclosure () -> Instant
    ) {
        guard isRecording else { return }
        var eventAttributes: SpanAttributes = [
            "exception.type": .string(String(reflecting: type(of: error))),
            "exception.message": .string(String(describing: error)),
        ]
        eventAttributes.merge(attributes)
        addEvent(Tracing.SpanEvent(name: "exception", at: instant(), attributes: eventAttributes))
    }

    public func addLink(_ link: SpanLink) {
        guard isRecording, let other = link.context.windsockSpanContext else { return }
        let recorded = RecordedSpanLink(traceID: other.traceID, spanID: other.spanID, attributes: link.attributes)
        state.withLockedValue { $0.links.append(recorded) }
    }

    public func end<Instant: TracerInstant>(at instant: @autoclosure () -> Instant) {
        let endNanoseconds = instant().nanosecondsSinceEpoch
        let recorded: RecordedSpan? = state.withLockedValue { state in
            guard !state.ended else { return nil }
            state.ended = true
            guard isRecording else { return nil }
            // The attributes move to the recorded span, so that the pipeline's additions (cost, trace values)
            // do not copy them.
            defer { state.attributes = [:] }
            return RecordedSpan(
                context: spanContext,
                name: state.name,
                kind: kind,
                startNanoseconds: startNanoseconds,
                endNanoseconds: max(endNanoseconds, startNanoseconds),
                attributes: state.attributes,
                events: state.events,
                links: state.links,
                status: state.status,
                isLocalRoot: isLocalRoot
            )
        }
        guard let recorded else { return }
        pipeline.spanEnded(consume recorded)
    }
}
