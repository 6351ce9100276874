import WindsockModel

/// Time-bucketed aggregates of model calls (spans of kind `llm` and `embedding`).
///
/// The stores keep per-minute rollups: a call counts in the minute it started, a minute that overlaps the
/// range counts whole, and the minute under way at ``from`` lands in the first bucket. Percentiles are read
/// from logarithmic latency buckets and are within 2 % of the exact value.
public struct MetricsQuery: Hashable, Sendable {
    /// How buckets are split.
    public enum Grouping: String, CaseIterable, Hashable, Sendable {
        /// By model.
        case model
        /// By span name.
        case name
        /// By end user.
        case userID = "user_id"
    }

    /// The project.
    public var project: ProjectID
    /// The start of the first bucket.
    public var from: Timestamp
    /// The end of the range (exclusive).
    public var to: Timestamp
    /// The bucket width in seconds (at least 60).
    public var intervalSeconds: Int
    /// How buckets are split, or `nil` for one series.
    public var groupBy: Grouping?

    /// Creates a query.
    public init(project: ProjectID, from: Timestamp, to: Timestamp, intervalSeconds: Int, groupBy: Grouping? = nil) {
        self.project = project
        self.from = from
        self.to = to
        self.intervalSeconds = intervalSeconds
        self.groupBy = groupBy
    }
}
