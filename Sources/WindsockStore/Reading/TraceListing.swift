import OrderedJSON
import WindsockModel

/// The `SELECT` of a filtered, paginated listing of trace summaries.
package enum TraceListing {
    /// The statement of `query`; it asks for one row more than the page to tell whether another page follows.
    package static func statement(_ query: TraceQuery, dialect: SQLDialect) throws -> BoundStatement {
        guard (1...1000).contains(query.limit) else {
            throw StoreError(.invalidQuery, "limit must be 1 to 1000, not \(query.limit)")
        }
        // The page is chosen from `traces` alone first, then joined to the spans holding its input and output:
        // the join then runs for the page's rows only, whatever plan the database would pick for a join over
        // the whole table (PostgreSQL, with stale statistics after a bulk load, scanned `spans` whole).
        var builder = SQLBuilder(
            dialect,
            "SELECT \(TraceRow.selectColumns.joined(separator: ", ")) FROM (SELECT * FROM traces t WHERE t.project = ")
        builder.bind(.text(query.project.rawValue))
        if let from = query.from {
            builder.append(" AND t.start_ns >= ")
            builder.bind(.integer(from.nanosecondsSinceEpoch))
        }
        if let to = query.to {
            builder.append(" AND t.start_ns < ")
            builder.bind(.integer(to.nanosecondsSinceEpoch))
        }
        if let status = query.status {
            builder.append(" AND t.is_error = \(status == .error ? 1 : 0)")
        }
        for (column, value) in [("t.user_id", query.userID), ("t.session_id", query.sessionID), ("t.name", query.name)]
        {
            guard let value else { continue }
            builder.append(" AND \(column) = ")
            builder.bind(.text(value))
        }
        if let tag = query.tag {
            builder.append(
                " AND EXISTS (SELECT 1 FROM trace_tags g WHERE g.project = t.project AND g.trace_id = t.trace_id AND g.tag = "
            )
            builder.bind(.text(tag))
            builder.append(")")
        }
        if let model = query.model {
            builder.append(
                " AND EXISTS (SELECT 1 FROM spans m WHERE m.project = t.project AND m.trace_id = t.trace_id AND (m.request_model = "
            )
            builder.bind(.text(model))
            builder.append(" OR m.response_model = ")
            builder.bind(.text(model))
            builder.append("))")
        }
        if let text = query.text, !text.isEmpty {
            let pattern = "%" + likeEscaped(jsonEscaped(text)) + "%"
            let like = dialect.caseInsensitiveLike
            builder.append(
                " AND EXISTS (SELECT 1 FROM spans x WHERE x.project = t.project AND x.trace_id = t.trace_id AND (x.input \(like) "
            )
            builder.bind(.text(pattern))
            builder.append(" ESCAPE '\\' OR x.output \(like) ")
            builder.bind(.text(pattern))
            builder.append(" ESCAPE '\\'))")
        }
        if let cursor = query.cursor {
            builder.append(" AND t.start_ns <= ")
            builder.bind(.integer(cursor.startTime.nanosecondsSinceEpoch))
            builder.append(" AND (t.start_ns < ")
            builder.bind(.integer(cursor.startTime.nanosecondsSinceEpoch))
            builder.append(" OR t.trace_id < ")
            builder.bind(.blob(cursor.traceID.bytes))
            builder.append(")")
        }
        let order = " ORDER BY t.start_ns DESC, t.trace_id DESC"
        builder.append(order + " LIMIT \(query.limit + 1)) t \(TraceRow.spanJoins)" + order)
        return builder.statement
    }

    /// The page of `rows` read with ``statement(_:dialect:)``.
    package static func page(_ rows: [ResultRow], limit: Int) throws -> TracePage {
        let traces = try rows.prefix(limit).map(TraceRow.summary(from:))
        let next =
            rows.count > limit ? traces.last.map { TraceCursor(startTime: $0.startTime, traceID: $0.traceID) } : nil
        return TracePage(traces: traces, nextCursor: next)
    }

    /// Text as it appears inside stored JSON strings (quotes, backslashes and control characters escaped).
    private static func jsonEscaped(_ text: String) -> String {
        String(CompactJSON.string(.string(text)).dropFirst().dropLast())
    }

    private static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
