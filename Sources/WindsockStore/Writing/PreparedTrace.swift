import WindsockModel

/// What one write call's spans of one trace add up to on their own, worked out by the caller's task before the
/// call joins a group commit (``WriteRequest``).
///
/// When the trace had no stored spans and this call brought every one of its new spans (the common case: a
/// trace exported in one request), its summary and metrics are exactly these, and the writer stores them as
/// they are instead of working them out while it holds the write lock (``SpanWriter``).
package struct PreparedTrace: Sendable {
    /// The call's spans of the trace, duplicates included.
    package var spanCount: Int
    /// Their digests.
    package var digests: [SpanDigest]
    /// Their model calls.
    package var accounting: ModelCallAccounting
    /// The trace's summary if these were all its spans.
    package var record: TraceRecord?
    /// What these spans add to the metrics rollup, by key.
    package var rollup: [RollupRow.Key: RollupRow]

    /// Works out the trace `traceID` of `project` from `spans`, its spans in one write call.
    package init(traceID: TraceID, project: ProjectID, spans: [Span]) {
        spanCount = spans.count
        digests = spans.map(SpanDigest.init(span:))
        accounting = ModelCallAccounting(digests)
        record = TraceSummaryBuilder.record(traceID: traceID, spans: digests, accounting: accounting)
        rollup = RollupRow.contributions(of: accounting, project: project, traceUser: record?.summary.userID)
    }

    /// The traces of `spans`, one write call's spans, by id.
    package static func traces(of spans: [Span], project: ProjectID) -> [TraceID: PreparedTrace] {
        Dictionary(grouping: spans, by: \.traceID).mapValues {
            PreparedTrace(traceID: $0[0].traceID, project: project, spans: $0)
        }
    }
}
