import MistralAI
import Tracing
import WindsockModel

/// A finished span as Windsock recorded it: what exporters receive and what ``Windsock/recentTraces()`` returns.
public struct RecordedSpan: Sendable {
    /// The span's identity and its parent.
    public var context: WindsockSpanContext
    /// The span name, e.g. `chat mistral-small-latest`.
    public var name: String
    /// The OpenTelemetry span kind.
    public var kind: Tracing.SpanKind
    /// Start, in nanoseconds since the Unix epoch.
    public var startNanoseconds: UInt64
    /// End, in nanoseconds since the Unix epoch.
    public var endNanoseconds: UInt64
    /// The attributes, after enrichment (cost) and redaction.
    public var attributes: SpanAttributes
    /// Timed events, e.g. exceptions.
    public var events: [Tracing.SpanEvent]
    /// Links to other spans.
    public var links: [RecordedSpanLink]
    /// The status; `nil` when it was never set (OpenTelemetry's `UNSET`).
    public var status: Tracing.SpanStatus?
    /// Whether the span's parent is not a local span: the root of the trace in this process.
    public var isLocalRoot: Bool

    /// Creates a recorded span.
    public init(
        context: WindsockSpanContext, name: String, kind: Tracing.SpanKind, startNanoseconds: UInt64,
        endNanoseconds: UInt64, attributes: SpanAttributes = [:], events: [Tracing.SpanEvent] = [],
        links: [RecordedSpanLink] = [], status: Tracing.SpanStatus? = nil, isLocalRoot: Bool? = nil
    ) {
        self.isLocalRoot = isLocalRoot ?? (context.parentSpanID == nil)
        self.context = context
        self.name = name
        self.kind = kind
        self.startNanoseconds = startNanoseconds
        self.endNanoseconds = endNanoseconds
        self.attributes = attributes
        self.events = events
        self.links = links
        self.status = status
    }

    /// The trace id.
    public var traceID: TraceID { context.traceID }
    /// The span id.
    public var spanID: SpanID { context.spanID }
    /// The parent span id, `nil` for a root.
    public var parentSpanID: SpanID? { context.parentSpanID }
    /// Whether the span failed.
    public var isError: Bool { status?.code == .error }
    /// The duration in milliseconds.
    public var durationMs: Double {
        Double(endNanoseconds &- startNanoseconds) / 1_000_000
    }

    /// The model that answered, else the one asked for.
    public var model: String? {
        attributes.string(GenAIAttributes.responseModel) ?? attributes.string(GenAIAttributes.requestModel)
    }
    /// Token usage from `gen_ai.usage.*`.
    public var usage: TokenUsage {
        TokenUsage(
            inputTokens: attributes.integer(GenAIAttributes.usageInputTokens),
            outputTokens: attributes.integer(GenAIAttributes.usageOutputTokens)
        )
    }
    /// The cost in US dollars, when known.
    public var costUSD: Double? { attributes.double(WindsockAttributes.costUSD) }
    /// Time to first token in milliseconds, for streams.
    public var timeToFirstTokenMs: Double? { attributes.double(WindsockAttributes.timeToFirstTokenMs) }
}

/// A link from a recorded span to another span.
public struct RecordedSpanLink: Sendable {
    /// The linked trace.
    public var traceID: TraceID
    /// The linked span.
    public var spanID: SpanID
    /// The link's attributes.
    public var attributes: SpanAttributes

    /// Creates a link.
    public init(traceID: TraceID, spanID: SpanID, attributes: SpanAttributes = [:]) {
        self.traceID = traceID
        self.spanID = spanID
        self.attributes = attributes
    }
}
