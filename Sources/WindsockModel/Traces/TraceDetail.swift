/// One trace with all its spans (parents before children) and its scores.
public struct TraceDetail: Equatable, Sendable {
    /// The summary.
    public var summary: TraceSummary
    /// The spans, parents before children, siblings by start time.
    public var spans: [Span]
    /// Feedback and evaluations on the trace or its spans, oldest first.
    public var scores: [Score]

    /// Creates a detail.
    public init(summary: TraceSummary, spans: [Span], scores: [Score]) {
        self.summary = summary
        self.spans = spans
        self.scores = scores
    }
}
