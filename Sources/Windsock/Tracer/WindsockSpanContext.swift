import Instrumentation
import WindsockModel

/// The identity of a Windsock span, carried in the `InstrumentationContext` of the task that runs it.
public struct WindsockSpanContext: Sendable, Hashable {
    /// The trace the span belongs to.
    public var traceID: TraceID
    /// The span's own id.
    public var spanID: SpanID
    /// The parent span's id; `nil` for the root of a trace.
    public var parentSpanID: SpanID?
    /// Whether the trace was chosen by the sampler (unsampled traces are still kept when they hold an error).
    public var isSampled: Bool
    /// Whether this context came from another process (a `traceparent` header) rather than a local span.
    public var isRemote: Bool

    /// Creates a span context.
    public init(traceID: TraceID, spanID: SpanID, parentSpanID: SpanID?, isSampled: Bool, isRemote: Bool = false) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.isSampled = isSampled
        self.isRemote = isRemote
    }
}

/// The `InstrumentationContext` key of ``WindsockSpanContext``.
enum WindsockSpanContextKey: InstrumentationContextKey {
    typealias Value = WindsockSpanContext
    static var nameOverride: String? { "windsock-span-context" }
}

extension InstrumentationContext {
    /// The Windsock span this context belongs to, if any: the active span's, else a remote parent's (from a
    /// `traceparent` header).
    ///
    /// A span's context holds the span itself, so its identity is read from there rather than stored a second
    /// time (which would copy and box it for every span).
    public var windsockSpanContext: WindsockSpanContext? {
        get { activeWindsockSpan?.spanContext ?? self[WindsockSpanContextKey.self] }
        set {
            activeWindsockSpan = nil
            self[WindsockSpanContextKey.self] = newValue
        }
    }
}

/// The `InstrumentationContext` key of the active ``WindsockSpan``.
enum ActiveWindsockSpanKey: InstrumentationContextKey {
    typealias Value = WindsockSpan
    static var nameOverride: String? { "windsock-active-span" }
}

extension InstrumentationContext {
    /// The Windsock span this context was made by, if any.
    var activeWindsockSpan: WindsockSpan? {
        get { self[ActiveWindsockSpanKey.self] }
        set { self[ActiveWindsockSpanKey.self] = newValue }
    }
}
