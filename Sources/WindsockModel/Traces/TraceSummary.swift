import OrderedJSON

/// One trace as lists show it: its root, times, status and totals over all its spans.
///
/// Spans of a trace arrive in any order and across many requests; the summary is recomputed from the spans
/// stored so far. Until the root arrives, the earliest span without a stored parent stands in for it.
public struct TraceSummary: Equatable, Sendable {
    /// The trace id.
    public var traceID: TraceID
    /// The trace name: a name set for the trace, else the root span's name.
    public var name: String
    /// The earliest start of its spans.
    public var startTime: Timestamp
    /// The latest end of its spans.
    public var endTime: Timestamp
    /// `error` when any span failed.
    public var status: SpanStatus
    /// How many spans are stored.
    public var spanCount: Int
    /// How many spans failed.
    public var errorCount: Int
    /// Token totals over the trace's model spans.
    public var usage: TokenUsage
    /// Cost total in US dollars; `nil` when no span's cost is known.
    public var costUSD: Double?
    /// The models used, sorted.
    public var models: [String]
    /// The end user.
    public var userID: String?
    /// The session.
    public var sessionID: String?
    /// Tags, sorted and unique.
    public var tags: [String]
    /// Trace metadata.
    public var metadata: JSONObject
    /// The trace's input: the root span's (or the first model call's) input.
    public var input: JSONValue?
    /// The trace's output: the root span's (or the last model call's) output.
    public var output: JSONValue?

    /// Creates a summary.
    public init(
        traceID: TraceID, name: String, startTime: Timestamp, endTime: Timestamp, status: SpanStatus,
        spanCount: Int, errorCount: Int, usage: TokenUsage, costUSD: Double?, models: [String],
        userID: String? = nil, sessionID: String? = nil, tags: [String] = [], metadata: JSONObject = JSONObject(),
        input: JSONValue? = nil, output: JSONValue? = nil
    ) {
        self.traceID = traceID
        self.name = name
        self.startTime = startTime
        self.endTime = endTime
        self.status = status
        self.spanCount = spanCount
        self.errorCount = errorCount
        self.usage = usage
        self.costUSD = costUSD
        self.models = models
        self.userID = userID
        self.sessionID = sessionID
        self.tags = tags
        self.metadata = metadata
        self.input = input
        self.output = output
    }

    /// The trace's duration in milliseconds.
    public var durationMs: Double { startTime.milliseconds(to: endTime) }
}
