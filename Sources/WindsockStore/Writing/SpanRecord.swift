import OrderedJSON
import WindsockModel

/// How a span maps to a row of the `spans` table, and back.
package enum SpanRecord {
    /// The columns written for each span, in bind order.
    package static let insertColumns = [
        "project", "trace_id", "span_id", "parent_span_id", "name", "kind", "start_ns", "end_ns", "is_error",
        "status_message", "request_model", "response_model", "input_tokens", "output_tokens", "total_tokens",
        "cost_usd", "user_id", "session_id", "trace_name", "tags", "metadata", "input", "output", "detail",
    ]

    /// The columns read to rebuild a span (every insert column but the project), in ``span(from:)`` order.
    package static let selectColumns = Array(insertColumns.dropFirst())

    /// The row values of `span` in ``insertColumns`` order.
    package static func values(of span: Span, project: ProjectID, resourceID: String? = nil) -> [SQLValue] {
        let inputText = span.input.map(CompactJSON.string)
        let outputText = span.output.map(CompactJSON.string)
        return [
            .text(project.rawValue), .blob(span.traceID.bytes), .blob(span.spanID.bytes),
            span.parentSpanID.map { .blob($0.bytes) } ?? .null, .text(span.name), .text(span.kind.rawValue),
            .integer(span.startTime.nanosecondsSinceEpoch), .integer(span.endTime.nanosecondsSinceEpoch),
            .integer(span.status == .error ? 1 : 0), .text(span.statusMessage), .text(span.requestModel),
            .text(span.responseModel), .integer(span.usage.inputTokens), .integer(span.usage.outputTokens),
            .integer(span.usage.totalTokens), .real(span.costUSD), .text(span.userID), .text(span.sessionID),
            .text(span.traceName), .text(jsonArray(span.tags)),
            .text(span.metadata.isEmpty ? nil : CompactJSON.string(.object(span.metadata))),
            .text(inputText), .text(outputText),
            .text(SpanDetail.encode(span, inputText: inputText, outputText: outputText, resourceID: resourceID)),
        ]
    }

    /// Rebuilds a span from a row of ``selectColumns``; `resourceAttributes` are those of the resource its detail
    /// names (``SpanDetail/resourceID(ofDetail:)``).
    package static func span(from row: ResultRow, resourceAttributes: JSONObject = JSONObject()) throws -> Span {
        guard row.count == selectColumns.count, let traceID = row[0].bytes.flatMap(TraceID.init(bytes:)),
            let spanID = row[1].bytes.flatMap(SpanID.init(bytes:)), let name = row[3].string,
            let kind = row[4].string.flatMap(SpanKind.init(rawValue:)), let start = row[5].int, let end = row[6].int,
            let detail = row[22].string
        else { throw StoreError(.invalidInput, "a stored span row is malformed") }
        let inputText = row[20].string
        let outputText = row[21].string
        var span = Span(
            traceID: traceID, spanID: spanID, parentSpanID: row[2].bytes.flatMap(SpanID.init(bytes:)), name: name,
            kind: kind, startTime: Timestamp(nanosecondsSinceEpoch: Int64(start)),
            endTime: Timestamp(nanosecondsSinceEpoch: Int64(end)), status: row[7].int == 1 ? .error : .ok,
            statusMessage: row[8].string, requestModel: row[9].string, responseModel: row[10].string,
            input: try inputText.map(parseJSON), output: try outputText.map(parseJSON),
            usage: TokenUsage(inputTokens: row[11].int, outputTokens: row[12].int, totalTokens: row[13].int),
            costUSD: row[14].double, userID: row[15].string, sessionID: row[16].string,
            tags: try row[18].string.map(stringArray) ?? [], traceName: row[17].string,
            metadata: try row[19].string.map(parseJSON)?.objectValue ?? JSONObject())
        try SpanDetail.decode(
            detail, into: &span, inputText: inputText, outputText: outputText, resourceAttributes: resourceAttributes)
        return span
    }

    /// A JSON array of strings, or `nil` when empty.
    package static func jsonArray(_ strings: [String]) -> String? {
        strings.isEmpty ? nil : CompactJSON.string(.array(strings.map(JSONValue.string)))
    }

    /// The strings of a JSON array of strings.
    package static func stringArray(_ text: String) throws -> [String] {
        try parseJSON(text).arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// Parses stored JSON.
    package static func parseJSON(_ text: String) throws -> JSONValue {
        do {
            return try JSONParser.parse(text)
        } catch {
            throw StoreError(.invalidInput, "stored JSON is malformed at byte \(error.offset): \(error.reason)")
        }
    }
}
