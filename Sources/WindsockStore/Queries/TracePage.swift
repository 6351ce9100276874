import WindsockModel

/// One page of trace summaries.
public struct TracePage: Equatable, Sendable {
    /// The traces, newest first.
    public var traces: [TraceSummary]
    /// Where the next page starts, or `nil` on the last page.
    public var nextCursor: TraceCursor?

    /// Creates a page.
    public init(traces: [TraceSummary], nextCursor: TraceCursor?) {
        self.traces = traces
        self.nextCursor = nextCursor
    }
}
