import OrderedJSON
import WindsockModel

/// One span as OTLP carries it, its ids checked and its attribute values decoded into JSON, before normalisation.
///
/// Both OTLP decoders (protobuf and JSON) produce these; the Swift SDK can build them from its own spans and hand
/// them to ``SpanNormalizer`` without going through bytes.
public struct RawSpan: Sendable, Equatable {
    /// OTLP's span kind (`SPAN_KIND_*`), which says how the span relates to its peers, not what it stands for.
    public enum Kind: Int, Sendable, Equatable {
        case unspecified = 0
        case `internal` = 1
        case server = 2
        case client = 3
        case producer = 4
        case consumer = 5
    }

    /// OTLP's status code.
    public enum StatusCode: Int, Sendable, Equatable {
        case unset = 0
        case ok = 1
        case error = 2
    }

    /// The trace id.
    public var traceID: TraceID
    /// The span id.
    public var spanID: SpanID
    /// The parent's id; `nil` for a root.
    public var parentSpanID: SpanID?
    /// The span name.
    public var name: String
    /// OTLP's span kind.
    public var kind: Kind
    /// The start.
    public var startTime: Timestamp
    /// The end (not before the start).
    public var endTime: Timestamp
    /// The attributes, in order, values decoded from `AnyValue`.
    public var attributes: JSONObject
    /// The events, attributes decoded the same way.
    public var events: [SpanEvent]
    /// The status code.
    public var statusCode: StatusCode
    /// The status message (empty when none).
    public var statusMessage: String

    /// Creates a span.
    public init(
        traceID: TraceID, spanID: SpanID, parentSpanID: SpanID? = nil, name: String, kind: Kind = .internal,
        startTime: Timestamp, endTime: Timestamp, attributes: JSONObject = JSONObject(), events: [SpanEvent] = [],
        statusCode: StatusCode = .unset, statusMessage: String = ""
    ) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.name = name
        self.kind = kind
        self.startTime = startTime
        self.endTime = endTime
        self.attributes = attributes
        self.events = events
        self.statusCode = statusCode
        self.statusMessage = statusMessage
    }
}
