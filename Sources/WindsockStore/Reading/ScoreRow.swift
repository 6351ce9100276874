import WindsockModel

/// How a score maps to a row of the `scores` table, and back.
package enum ScoreRow {
    /// The columns, in ``values(of:project:)`` order.
    package static let columns = [
        "project", "id", "trace_id", "span_id", "name", "value_type", "number_value", "text_value", "comment",
        "source", "author", "created_ns",
    ]

    /// The columns read by ``score(from:)``.
    package static let selectColumns = Array(columns.dropFirst())

    package static func values(of score: Score, project: ProjectID) throws -> [SQLValue] {
        var number: SQLValue = .null
        var text: SQLValue = .null
        switch score.value {
        case .number(let value): number = .real(value)
        case .category(let value): text = .text(value)
        case .boolean(let value): number = .real(value ? 1 : 0)
        }
        let texts: [String?] = [score.id, score.name, score.comment, score.author, text.string]
        if texts.contains(where: { $0?.contains("\u{0}") ?? false }) {
            throw StoreError(.invalidInput, "score \(score.id) has a NUL character in a text field")
        }
        return [
            .text(project.rawValue), .text(score.id), .blob(score.traceID.bytes),
            score.spanID.map { .blob($0.bytes) } ?? .null, .text(score.name), .text(score.value.dataType), number,
            text, .text(score.comment), .text(score.source.rawValue), .text(score.author),
            .integer(score.createdAt.nanosecondsSinceEpoch),
        ]
    }

    package static func score(from row: ResultRow) throws -> Score {
        guard row.count == selectColumns.count, let id = row[0].string,
            let traceID = row[1].bytes.flatMap(TraceID.init(bytes:)), let name = row[3].string,
            let source = row[8].string.flatMap(ScoreSource.init(rawValue:)), let created = row[10].int
        else { throw StoreError(.invalidInput, "a stored score row is malformed") }
        let value: ScoreValue
        switch (row[4].string, row[5].double, row[6].string) {
        case ("numeric", let number?, _): value = .number(number)
        case ("boolean", let number?, _): value = .boolean(number != 0)
        case ("categorical", _, let category?): value = .category(category)
        default: throw StoreError(.invalidInput, "stored score \(id) has a malformed value")
        }
        return Score(
            id: id, traceID: traceID, spanID: row[2].bytes.flatMap(SpanID.init(bytes:)), name: name, value: value,
            comment: row[7].string, source: source, author: row[9].string,
            createdAt: Timestamp(nanosecondsSinceEpoch: Int64(created)))
    }
}
