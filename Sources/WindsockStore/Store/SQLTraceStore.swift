import Logging
import OrderedJSON
import WindsockModel

/// The ``TraceStore`` of both SQL databases: the schema, writes and queries are shared, and a backend target
/// (`WindsockStoreSQLite`, `WindsockStorePostgres`) supplies the connections.
///
/// Writes from many tasks are joined into group commits by one writer; reads run on their own connections and
/// see every committed write.
public final class SQLTraceStore: TraceStore {
    private let backend: any SQLBackend
    private let queue: GroupCommitQueue
    private let logger: Logger

    /// The most traces that one retention transaction deletes.
    private static let tracesPerDeletion = 500

    /// The key store of this database.
    public let keys: any KeyStore

    /// Creates a store on `backend`.
    package init(backend: any SQLBackend, logger: Logger) {
        self.backend = backend
        self.logger = logger
        self.keys = SQLKeyStore(backend: backend)
        let writer = SpanWriter(dialect: backend.dialect)
        let statistics = PlannerStatistics(backend: backend, logger: logger)
        self.queue = GroupCommitQueue(logger: logger) { requests in
            let results = try await backend.transaction { executor in
                try await writer.write(requests, with: executor)
            }
            await statistics.didWrite(inserted: results.reduce(0) { $0 + $1.inserted })
            return results
        }
    }

    public func migrate() async throws {
        try await Migrator(backend: backend, logger: logger).migrate()
    }

    public func write(_ spans: [Span], project: ProjectID) async throws -> WriteResult {
        guard !spans.isEmpty else { return WriteResult(inserted: 0, duplicates: 0) }
        let request = WriteRequest(project: project, spans: spans)
        try request.validate()
        return try await queue.submit(request)
    }

    public func traces(_ query: TraceQuery) async throws -> TracePage {
        let rows = try await backend.read(TraceListing.statement(query, dialect: backend.dialect))
        return try TraceListing.page(rows, limit: query.limit)
    }

    public func trace(_ id: TraceID, project: ProjectID) async throws -> TraceDetail? {
        var summaryQuery = SQLBuilder(
            backend.dialect,
            "SELECT \(TraceRow.selectColumns.joined(separator: ", ")) FROM \(TraceRow.fromClause) WHERE t.project = ")
        summaryQuery.bind(.text(project.rawValue))
        summaryQuery.append(" AND t.trace_id = ")
        summaryQuery.bind(.blob(id.bytes))
        guard let row = try await backend.read(summaryQuery.statement).first else { return nil }
        let summary = try TraceRow.summary(from: row)
        let rows = try await backend.read(
            selection(SpanRecord.selectColumns, from: "spans", project: project, traceID: id))
        let resourceIDs = rows.map { $0.last?.string.flatMap(SpanDetail.resourceID(ofDetail:)) }
        let resources = try await resources(Set(resourceIDs.compactMap { $0 }), project: project)
        let spans = try zip(rows, resourceIDs).map { row, resourceID in
            try SpanRecord.span(
                from: row, resourceAttributes: resourceID.flatMap { resources[$0] } ?? JSONObject())
        }
        return TraceDetail(
            summary: summary, spans: SpanTree.ordered(spans), scores: try await scores(traceID: id, project: project))
    }

    public func session(_ sessionID: String, project: ProjectID) async throws -> [TraceSummary] {
        var builder = SQLBuilder(
            backend.dialect,
            "SELECT \(TraceRow.selectColumns.joined(separator: ", ")) FROM \(TraceRow.fromClause) WHERE t.project = ")
        builder.bind(.text(project.rawValue))
        builder.append(" AND t.session_id = ")
        builder.bind(.text(sessionID))
        builder.append(" ORDER BY t.start_ns, t.trace_id")
        return try await backend.read(builder.statement).map(TraceRow.summary(from:))
    }

    public func metrics(_ query: MetricsQuery) async throws -> [MetricsBucket] {
        let rows = try await backend.read(MetricsReader.statement(query, dialect: backend.dialect))
        return MetricsReader.buckets(rows, query: query)
    }

    public func addScore(_ score: Score, project: ProjectID) async throws {
        let statements = SQLInsert.statements(
            backend.dialect, table: "scores", columns: ScoreRow.columns,
            rows: [try ScoreRow.values(of: score, project: project)], suffix: "ON CONFLICT DO NOTHING")
        try await backend.transaction { try await $0.execute(all: statements) }
    }

    public func scores(traceID: TraceID, project: ProjectID) async throws -> [Score] {
        var statement = selection(ScoreRow.selectColumns, from: "scores", project: project, traceID: traceID)
        statement.sql += " ORDER BY created_ns, id"
        return try await backend.read(statement).map(ScoreRow.score(from:))
    }

    /// The most trace ids bound in one score lookup.
    private static let tracesPerScoreLookup = 500

    public func scores(traceIDs: [TraceID], project: ProjectID) async throws -> [TraceID: [Score]] {
        var scores: [TraceID: [Score]] = [:]
        for start in stride(from: 0, to: traceIDs.count, by: Self.tracesPerScoreLookup) {
            let chunk = traceIDs[start..<min(start + Self.tracesPerScoreLookup, traceIDs.count)]
            var builder = SQLBuilder(
                backend.dialect,
                "SELECT \(ScoreRow.selectColumns.joined(separator: ", ")) FROM scores WHERE project = ")
            builder.bind(.text(project.rawValue))
            builder.append(" AND trace_id IN ")
            builder.bindTuple(chunk.map { .blob($0.bytes) })
            builder.append(" ORDER BY created_ns, id")
            for row in try await backend.read(builder.statement) {
                let score = try ScoreRow.score(from: row)
                scores[score.traceID, default: []].append(score)
            }
        }
        return scores
    }

    public func deleteTraces(startedBefore cutoff: Timestamp) async throws -> Int {
        let dialect = backend.dialect
        var deleted = 0
        while true {
            var select = SQLBuilder(dialect, "SELECT project, trace_id FROM traces WHERE start_ns < ")
            select.bind(.integer(cutoff.nanosecondsSinceEpoch))
            select.append(" ORDER BY start_ns LIMIT \(Self.tracesPerDeletion)")
            let victims = try await backend.read(select.statement).compactMap { row -> (String, [UInt8])? in
                guard row.count == 2, let project = row[0].string, let traceID = row[1].bytes else { return nil }
                return (project, traceID)
            }
            guard !victims.isEmpty else { break }
            let statements = Dictionary(grouping: victims, by: \.0).flatMap { project, traces in
                ["spans", "trace_tags", "scores", "traces"].map { table in
                    var builder = SQLBuilder(dialect, "DELETE FROM \(table) WHERE project = ")
                    builder.bind(.text(project))
                    builder.append(" AND trace_id IN ")
                    builder.bindTuple(traces.map { .blob($0.1) })
                    return builder.statement
                }
            }
            try await backend.transaction { try await $0.execute(all: statements) }
            deleted += victims.count
        }
        var orphanScores = SQLBuilder(dialect, "DELETE FROM scores WHERE created_ns < ")
        orphanScores.bind(.integer(cutoff.nanosecondsSinceEpoch))
        orphanScores.append(
            " AND NOT EXISTS (SELECT 1 FROM traces t WHERE t.project = scores.project AND t.trace_id = scores.trace_id)"
        )
        var rollup = SQLBuilder(dialect, "DELETE FROM call_rollup WHERE minute_ns <= ")
        rollup.bind(.integer(cutoff.nanosecondsSinceEpoch - RollupRow.minuteNanoseconds))
        let cleanup = [orphanScores.statement, rollup.statement]
        try await backend.transaction { try await $0.execute(all: cleanup) }
        logger.info("Deleted old traces", metadata: ["count": "\(deleted)", "before": "\(cutoff)"])
        return deleted
    }

    public func close() async throws {
        await queue.close()
        try await backend.close()
    }

    /// The attributes of the resources with these ids (hex), by id.
    private func resources(_ ids: Set<String>, project: ProjectID) async throws -> [String: JSONObject] {
        guard !ids.isEmpty else { return [:] }
        var builder = SQLBuilder(backend.dialect, "SELECT id, attributes FROM resources WHERE project = ")
        builder.bind(.text(project.rawValue))
        builder.append(" AND id IN ")
        builder.bindTuple(ids.sorted().compactMap { ResourceRecord.id(hex: $0).map(SQLValue.blob) })
        var resources: [String: JSONObject] = [:]
        for row in try await backend.read(builder.statement) {
            guard row.count == 2, let id = row[0].bytes, let text = row[1].string else { continue }
            resources[ResourceRecord.hex(id)] = try SpanRecord.parseJSON(text).objectValue
        }
        return resources
    }

    /// `SELECT columns FROM table WHERE project = … AND trace_id = …`.
    private func selection(_ columns: [String], from table: String, project: ProjectID, traceID: TraceID)
        -> BoundStatement
    {
        var builder = SQLBuilder(
            backend.dialect, "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE project = ")
        builder.bind(.text(project.rawValue))
        builder.append(" AND trace_id = ")
        builder.bind(.blob(traceID.bytes))
        return builder.statement
    }
}
