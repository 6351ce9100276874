import WindsockModel

/// The aggregates of one time bucket (and one group, when grouped). Empty buckets are not returned.
public struct MetricsBucket: Equatable, Sendable {
    /// The bucket's start.
    public var start: Timestamp
    /// The group's value (a model, a name, a user), or `nil` when not grouped or unknown.
    public var group: String?
    /// Model calls.
    public var count: Int
    /// Failed model calls.
    public var errors: Int
    /// Latency percentiles in milliseconds.
    public var p50Ms: Double
    /// The 95th percentile latency in milliseconds.
    public var p95Ms: Double
    /// The 99th percentile latency in milliseconds.
    public var p99Ms: Double
    /// Input tokens.
    public var inputTokens: Int
    /// Output tokens.
    public var outputTokens: Int
    /// Cost in US dollars of the calls whose cost is known.
    public var costUSD: Double

    /// Creates a bucket.
    public init(
        start: Timestamp, group: String?, count: Int, errors: Int, p50Ms: Double, p95Ms: Double, p99Ms: Double,
        inputTokens: Int, outputTokens: Int, costUSD: Double
    ) {
        self.start = start
        self.group = group
        self.count = count
        self.errors = errors
        self.p50Ms = p50Ms
        self.p95Ms = p95Ms
        self.p99Ms = p99Ms
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
    }
}
