import OrderedJSON
import WindsockModel

/// How a trace summary maps to a row of the `traces` table, and back.
package enum TraceRow {
    /// The columns written, in ``values(of:project:)`` order.
    package static let columns = [
        "project", "trace_id", "name", "start_ns", "end_ns", "is_error", "span_count", "error_count",
        "input_tokens", "output_tokens", "total_tokens", "cost_usd", "models", "user_id", "session_id", "tags",
        "metadata", "input_span_id", "output_span_id",
    ]

    /// The columns a listing reads (table alias `t`, input and output joined from spans `si` and `so`),
    /// in ``summary(from:)`` order.
    package static let selectColumns =
        [
            "t.trace_id", "t.name", "t.start_ns", "t.end_ns", "t.is_error", "t.span_count", "t.error_count",
            "t.input_tokens", "t.output_tokens", "t.total_tokens", "t.cost_usd", "t.models", "t.user_id",
            "t.session_id", "t.tags", "t.metadata", "si.input", "so.output",
        ]

    /// The `FROM` clause that ``selectColumns`` reads.
    package static let fromClause = "traces t " + spanJoins

    /// The joins of ``fromClause`` after the traces aliased `t` (the table itself, or a subquery of one page).
    package static let spanJoins = """
        LEFT JOIN spans si ON si.project = t.project AND si.trace_id = t.trace_id \
        AND si.span_id = t.input_span_id LEFT JOIN spans so ON so.project = t.project \
        AND so.trace_id = t.trace_id AND so.span_id = t.output_span_id
        """

    /// The row values of a record.
    package static func values(of record: TraceRecord, project: ProjectID) -> [SQLValue] {
        let summary = record.summary
        return [
            .text(project.rawValue), .blob(summary.traceID.bytes), .text(summary.name),
            .integer(summary.startTime.nanosecondsSinceEpoch), .integer(summary.endTime.nanosecondsSinceEpoch),
            .integer(summary.status == .error ? 1 : 0), .integer(summary.spanCount), .integer(summary.errorCount),
            .integer(summary.usage.inputTokens), .integer(summary.usage.outputTokens),
            .integer(summary.usage.totalTokens), .real(summary.costUSD),
            .text(CompactJSON.string(.array(summary.models.map(JSONValue.string)))), .text(summary.userID),
            .text(summary.sessionID), .text(CompactJSON.string(.array(summary.tags.map(JSONValue.string)))),
            .text(summary.metadata.isEmpty ? nil : CompactJSON.string(.object(summary.metadata))),
            record.inputSpanID.map { .blob($0.bytes) } ?? .null, record.outputSpanID.map { .blob($0.bytes) } ?? .null,
        ]
    }

    /// Rebuilds a summary from a row of ``selectColumns``.
    package static func summary(from row: ResultRow) throws -> TraceSummary {
        guard row.count == selectColumns.count, let traceID = row[0].bytes.flatMap(TraceID.init(bytes:)),
            let name = row[1].string, let start = row[2].int, let end = row[3].int, let spanCount = row[5].int,
            let errorCount = row[6].int
        else { throw StoreError(.invalidInput, "a stored trace row is malformed") }
        return TraceSummary(
            traceID: traceID, name: name, startTime: Timestamp(nanosecondsSinceEpoch: Int64(start)),
            endTime: Timestamp(nanosecondsSinceEpoch: Int64(end)), status: row[4].int == 1 ? .error : .ok,
            spanCount: spanCount, errorCount: errorCount,
            usage: TokenUsage(inputTokens: row[7].int, outputTokens: row[8].int, totalTokens: row[9].int),
            costUSD: row[10].double, models: try row[11].string.map(SpanRecord.stringArray) ?? [],
            userID: row[12].string, sessionID: row[13].string,
            tags: try row[14].string.map(SpanRecord.stringArray) ?? [],
            metadata: try row[15].string.map(SpanRecord.parseJSON)?.objectValue ?? JSONObject(),
            input: try row[16].string.map(SpanRecord.parseJSON), output: try row[17].string.map(SpanRecord.parseJSON))
    }
}
