import WindsockModel

/// Where traces, scores, projects and keys are kept: SQLite (embedded, the default) or PostgreSQL.
///
/// Implementations are safe to call from many tasks at once. Every method works within one project:
/// nothing crosses projects.
public protocol TraceStore: Sendable {
    /// Applies the migrations this version needs; safe to call on every start and from several processes.
    func migrate() async throws

    /// Stores spans and returns once they are durably committed.
    ///
    /// Re-delivering a span (same project, trace id and span id) stores nothing new. Spans of one trace may
    /// arrive in any order and across many calls: the trace's summary is brought up to date with each call.
    func write(_ spans: [Span], project: ProjectID) async throws -> WriteResult

    /// Trace summaries, newest first, filtered, one page at a time.
    func traces(_ query: TraceQuery) async throws -> TracePage

    /// One trace with its spans (parents before children) and scores, or `nil` when it is not stored.
    func trace(_ id: TraceID, project: ProjectID) async throws -> TraceDetail?

    /// The traces of one session, oldest first.
    func session(_ sessionID: String, project: ProjectID) async throws -> [TraceSummary]

    /// Time-bucketed aggregates of model calls.
    func metrics(_ query: MetricsQuery) async throws -> [MetricsBucket]

    /// Stores a score; the trace it names need not have arrived yet.
    func addScore(_ score: Score, project: ProjectID) async throws

    /// The scores of a trace (and its spans), oldest first.
    func scores(traceID: TraceID, project: ProjectID) async throws -> [Score]

    /// The scores of several traces (and their spans) in one call, each trace's oldest first; a trace without
    /// scores has no entry.
    func scores(traceIDs: [TraceID], project: ProjectID) async throws -> [TraceID: [Score]]

    /// Deletes every trace (with its spans and scores) that started before `cutoff`, in every project.
    /// Returns how many traces were deleted.
    func deleteTraces(startedBefore cutoff: Timestamp) async throws -> Int

    /// The key store of this database.
    var keys: any KeyStore { get }

    /// Closes connections; the store cannot be used afterwards.
    func close() async throws
}
