import WindsockModel

/// Stores the spans of one or more write calls in one transaction: inserts the new spans, recomputes the
/// summaries of the traces they belong to, and adds them to the metrics rollup.
package struct SpanWriter: Sendable {
    private struct SpanKey: Hashable {
        var project: String
        var traceID: TraceID
        var spanID: SpanID
    }

    private struct TraceKey: Hashable, Comparable {
        var project: ProjectID
        var traceID: TraceID

        static func < (lhs: TraceKey, rhs: TraceKey) -> Bool {
            (lhs.project.rawValue, lhs.traceID) < (rhs.project.rawValue, rhs.traceID)
        }
    }

    /// A span of the write: its request and its index in that request's spans.
    private struct SpanRef {
        var request: Int
        var index: Int
    }

    /// The most trace ids read in one statement (statements read power-of-two counts: ``SQLInsert``).
    private static let tracesPerRead = 256
    /// The most rollup keys read in one statement (each is a term of an `OR`, which SQLite nests).
    private static let rollupKeysPerRead = 128

    package let dialect: SQLDialect

    package init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    /// Writes `requests` with `executor` (inside a transaction) and returns one result per request.
    package func write(_ requests: [WriteRequest], with executor: any SQLExecutor) async throws -> [WriteResult] {
        var seen = Set<SpanKey>()
        var candidates: [SpanRef] = []
        var duplicates = Array(repeating: 0, count: requests.count)
        for (requestIndex, request) in requests.enumerated() {
            for (index, span) in request.spans.enumerated() {
                let key = SpanKey(project: request.project.rawValue, traceID: span.traceID, spanID: span.spanID)
                if seen.insert(key).inserted {
                    candidates.append(SpanRef(request: requestIndex, index: index))
                } else {
                    duplicates[requestIndex] += 1
                }
            }
        }
        if dialect == .postgres {
            let traces = Set(
                candidates.map {
                    TraceKey(project: requests[$0.request].project, traceID: span($0, of: requests).traceID)
                })
            try await lock(traces, with: executor)
        }
        var resources: [[SQLValue]: [SQLValue]] = [:]
        for request in requests {
            for row in request.resources { resources[Array(row.prefix(2))] = row }
        }
        try await executor.execute(
            all: SQLInsert.statements(
                dialect, table: "resources", columns: ResourceRecord.columns,
                rows: resources.values.sorted { lhs, rhs in
                    let (left, right) = (lhs[0].string ?? "", rhs[0].string ?? "")
                    return left != right
                        ? left < right : (lhs[1].bytes ?? []).lexicographicallyPrecedes(rhs[1].bytes ?? [])
                },
                suffix: "ON CONFLICT DO NOTHING"))
        // Candidates have distinct keys: a statement that returns as many rows as it inserts stored every one
        // of its rows, and only a statement that met stored keys has its returned keys read.
        var insertedWhole = Array(repeating: false, count: candidates.count)
        var returned = Set<SpanKey>()
        var offset = 0
        for statement in SQLInsert.statements(
            dialect, table: "spans", columns: SpanRecord.insertColumns,
            rows: candidates.map { requests[$0.request].rows[$0.index] },
            suffix: "RETURNING project, trace_id, span_id", skippingStoredKeys: true)
        {
            let count = statement.binds.count / SpanRecord.insertColumns.count
            let rows = try await executor.execute(statement)
            if rows.count == count {
                insertedWhole.replaceSubrange(offset..<offset + count, with: repeatElement(true, count: count))
            } else {
                for row in rows {
                    guard row.count == 3, let project = row[0].string,
                        let traceID = row[1].bytes.flatMap(TraceID.init(bytes:)),
                        let spanID = row[2].bytes.flatMap(SpanID.init(bytes:))
                    else { continue }
                    returned.insert(SpanKey(project: project, traceID: traceID, spanID: spanID))
                }
            }
            offset += count
        }
        var results = duplicates.map { WriteResult(inserted: 0, duplicates: $0) }
        var newSpans: [SpanRef] = []
        for (position, candidate) in candidates.enumerated() {
            let isNew: Bool
            if insertedWhole[position] {
                isNew = true
            } else {
                let span = span(candidate, of: requests)
                isNew = returned.contains(
                    SpanKey(
                        project: requests[candidate.request].project.rawValue, traceID: span.traceID,
                        spanID: span.spanID))
            }
            if isNew {
                results[candidate.request].inserted += 1
                newSpans.append(candidate)
            } else {
                results[candidate.request].duplicates += 1
            }
        }
        guard !newSpans.isEmpty else { return results }
        var newByTrace: [TraceKey: [SpanRef]] = [:]
        for ref in newSpans {
            newByTrace[
                TraceKey(project: requests[ref.request].project, traceID: span(ref, of: requests).traceID), default: []
            ]
            .append(ref)
        }
        let changed = newByTrace.keys.sorted()
        let stored = try await storedTraces(changed, with: executor)
        var digests: [TraceKey: [SpanDigest]] = [:]
        var records: [TraceKey: TraceRecord] = [:]
        var accountings: [TraceKey: ModelCallAccounting] = [:]
        var preparedRollups: [TraceKey: [RollupRow.Key: RollupRow]] = [:]
        for key in changed where !stored.contains(key) {
            let refs = newByTrace[key] ?? []
            // A new trace whose new spans all came from one call, none of them a duplicate: that call's
            // prepared summary and rollup are the trace's.
            if let first = refs.first, refs.allSatisfy({ $0.request == first.request }),
                let prepared = requests[first.request].traces[key.traceID], prepared.spanCount == refs.count
            {
                digests[key] = prepared.digests
                accountings[key] = prepared.accounting
                records[key] = prepared.record
                preparedRollups[key] = prepared.rollup
            } else {
                digests[key] = refs.map { SpanDigest(span: span($0, of: requests)) }
            }
        }
        let older = changed.filter { stored.contains($0) }
        for row in try await select(SpanDigest.columns, from: "spans", of: older, with: executor) {
            guard let key = row.key else { continue }
            digests[key, default: []].append(try SpanDigest(row: row.values))
        }
        for (key, spans) in digests where accountings[key] == nil {
            let accounting = ModelCallAccounting(spans)
            accountings[key] = accounting
            records[key] = TraceSummaryBuilder.record(traceID: key.traceID, spans: spans, accounting: accounting)
        }
        try await store(records, newSpans: newSpans, of: requests, with: executor)
        let deltas = rollupDeltas(
            digests: digests, accountings: accountings, records: records, preparedRollups: preparedRollups,
            newByTrace: newByTrace, of: requests)
        try await merge(deltas, with: executor)
        return results
    }

    private func span(_ ref: SpanRef, of requests: [WriteRequest]) -> Span {
        requests[ref.request].spans[ref.index]
    }

    /// Takes PostgreSQL transaction locks on the traces, in one order for every writer, so that two
    /// processes writing spans of one trace recompute its summary one after the other.
    private func lock(_ traces: Set<TraceKey>, with executor: any SQLExecutor) async throws {
        let keys = Set(traces.map(Self.lockKey)).sorted()
        guard !keys.isEmpty else { return }
        var builder = SQLBuilder(dialect, "SELECT pg_advisory_xact_lock(k) FROM (VALUES ")
        for (position, key) in keys.enumerated() {
            builder.append(position > 0 ? ", (" : "(")
            builder.bind(.integer(key))
            builder.append("::BIGINT)")
        }
        builder.append(") AS locks(k) ORDER BY k")
        _ = try await executor.execute(builder.statement)
    }

    /// A stable 64-bit key of a trace (FNV-1a over the project and the trace id).
    private static func lockKey(_ trace: TraceKey) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(trace.project.rawValue.utf8) + [0] + trace.traceID.bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    /// The traces of `traces` that have a summary row: those that had spans before this transaction.
    private func storedTraces(_ traces: [TraceKey], with executor: any SQLExecutor) async throws -> Set<TraceKey> {
        var stored = Set<TraceKey>()
        for row in try await select([], from: "traces", of: traces, with: executor) {
            if let key = row.key { stored.insert(key) }
        }
        return stored
    }

    /// What the new spans change in the metrics rollup: each touched trace's model calls after the write, less
    /// those before it (the trace without its new spans).
    private func rollupDeltas(
        digests: [TraceKey: [SpanDigest]], accountings: [TraceKey: ModelCallAccounting],
        records: [TraceKey: TraceRecord], preparedRollups: [TraceKey: [RollupRow.Key: RollupRow]],
        newByTrace: [TraceKey: [SpanRef]], of requests: [WriteRequest]
    ) -> [RollupRow] {
        let changes = digests.sorted { $0.key < $1.key }.map { key, spans in
            // A trace new in this write contributed nothing before it (the common case: no second pass).
            let newCount = newByTrace[key]?.count ?? 0
            var before: [SpanDigest] = []
            if spans.count != newCount {
                let newIDs = Set((newByTrace[key] ?? []).map { span($0, of: requests).spanID })
                before = spans.filter { !newIDs.contains($0.spanID) }
            }
            return RollupRow.TraceChange(
                project: key.project, before: ModelCallAccounting(before),
                userBefore: before.isEmpty ? nil : TraceSummaryBuilder.userID(of: before),
                after: accountings[key] ?? ModelCallAccounting(spans), userAfter: records[key]?.summary.userID,
                afterRows: preparedRollups[key])
        }
        return RollupRow.deltas(of: changes)
    }

    /// `SELECT trace_id, columns FROM table` for the rows of `traces`, a statement per project and chunk.
    private func select(_ columns: [String], from table: String, of traces: [TraceKey], with executor: any SQLExecutor)
        async throws -> [(key: TraceKey?, values: ResultRow)]
    {
        var rows: [(key: TraceKey?, values: ResultRow)] = []
        for (project, keys) in Dictionary(grouping: traces, by: \.project) {
            for range in SQLInsert.powerOfTwoRanges(count: keys.count, maximum: Self.tracesPerRead) {
                var builder = SQLBuilder(
                    dialect, "SELECT \((["trace_id"] + columns).joined(separator: ", ")) FROM \(table) WHERE project = "
                )
                builder.bind(.text(project.rawValue))
                builder.append(" AND trace_id IN ")
                builder.bindTuple(keys[range].map { .blob($0.traceID.bytes) })
                for row in try await executor.execute(builder.statement) {
                    let traceID = row.first?.bytes.flatMap(TraceID.init(bytes:))
                    rows.append((traceID.map { TraceKey(project: project, traceID: $0) }, row))
                }
            }
        }
        return rows
    }

    /// Upserts the summaries and the new tags.
    private func store(
        _ records: [TraceKey: TraceRecord], newSpans: [SpanRef], of requests: [WriteRequest],
        with executor: any SQLExecutor
    ) async throws {
        let traceRows = records.sorted { $0.key < $1.key }.map {
            TraceRow.values(of: $0.value, project: $0.key.project)
        }
        var statements = SQLInsert.statements(
            dialect, table: "traces", columns: TraceRow.columns, rows: traceRows,
            suffix: SQLInsert.upsertSuffix(key: ["project", "trace_id"], columns: TraceRow.columns))
        var tagRows = Set<[SQLValue]>()
        for ref in newSpans {
            let span = span(ref, of: requests)
            for tag in span.tags {
                tagRows.insert([.text(requests[ref.request].project.rawValue), .blob(span.traceID.bytes), .text(tag)])
            }
        }
        statements += SQLInsert.statements(
            dialect, table: "trace_tags", columns: ["project", "trace_id", "tag"],
            rows: tagRows.sorted {
                ($0[0].string ?? "", $0[2].string ?? "") < ($1[0].string ?? "", $1[2].string ?? "")
            },
            suffix: "ON CONFLICT DO NOTHING")
        try await executor.execute(all: statements)
    }

    /// Merges rollup deltas into `call_rollup`: reads the rows (locked, on PostgreSQL, in key order, after
    /// inserting the missing ones empty), adds the deltas, and writes them back.
    private func merge(_ deltas: [RollupRow], with executor: any SQLExecutor) async throws {
        guard !deltas.isEmpty else { return }
        if dialect == .postgres {
            try await executor.execute(
                all: SQLInsert.statements(
                    dialect, table: "call_rollup", columns: RollupRow.columns,
                    rows: deltas.map { RollupRow(key: $0.key).values }, suffix: "ON CONFLICT DO NOTHING"))
        }
        var merged = Dictionary(uniqueKeysWithValues: deltas.map { ($0.key, $0) })
        for range in SQLInsert.powerOfTwoRanges(count: deltas.count, maximum: Self.rollupKeysPerRead) {
            // One equality term per key: both databases look each up in the primary key.
            var builder = SQLBuilder(
                dialect, "SELECT \(RollupRow.columns.joined(separator: ", ")) FROM call_rollup WHERE ")
            for (position, delta) in deltas[range].enumerated() {
                builder.append(position > 0 ? " OR (" : "(")
                for (index, (column, value)) in zip(RollupRow.keyColumns, delta.key.values).enumerated() {
                    builder.append(index > 0 ? " AND \(column) = " : "\(column) = ")
                    builder.bind(value)
                }
                builder.append(")")
            }
            if dialect == .postgres {
                builder.append(" ORDER BY \(RollupRow.keyColumns.joined(separator: ", ")) FOR UPDATE")
            }
            for row in try await executor.execute(builder.statement) {
                guard let stored = RollupRow(row: row) else { continue }
                merged[stored.key]?.merge(stored)
            }
        }
        for key in merged.keys {
            merged[key]?.clampAtZero()
        }
        try await executor.execute(
            all: SQLInsert.statements(
                dialect, table: "call_rollup", columns: RollupRow.columns,
                rows: merged.values.sorted { $0.key < $1.key }.map(\.values),
                suffix: SQLInsert.upsertSuffix(key: RollupRow.keyColumns, columns: RollupRow.columns)))
    }
}
