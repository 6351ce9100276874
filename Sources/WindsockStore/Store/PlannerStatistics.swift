import Logging

/// Keeps PostgreSQL's planner statistics in step with bulk loads: after the first 1,000 spans, and each
/// time the spans written since the store opened double, it runs `ANALYZE` on the tables that grow.
///
/// Autovacuum analyzes only once a table has grown by a tenth, and at most once a minute: right after a bulk
/// load the planner still believes `traces` holds a handful of rows and lists the newest traces by sorting
/// the whole table (tens of milliseconds at 50,000 spans) instead of reading them off the index.
package actor PlannerStatistics {
    private let backend: any SQLBackend
    private let logger: Logger
    private var written = 0
    private var nextAnalysis = 1_000

    package init(backend: any SQLBackend, logger: Logger) {
        self.backend = backend
        self.logger = logger
    }

    /// Counts `inserted` new spans and analyzes the tables when a threshold is crossed (PostgreSQL only).
    package func didWrite(inserted: Int) async {
        guard backend.dialect == .postgres, inserted > 0 else { return }
        written += inserted
        guard written >= nextAnalysis else { return }
        nextAnalysis = written * 2
        do {
            try await backend.transaction { executor in
                _ = try await executor.execute(BoundStatement("ANALYZE traces, spans, trace_tags, call_rollup"))
            }
            logger.debug("Refreshed planner statistics", metadata: ["spans": "\(written)"])
        } catch {
            logger.warning("ANALYZE failed", metadata: ["error": "\(error)"])
        }
    }
}
