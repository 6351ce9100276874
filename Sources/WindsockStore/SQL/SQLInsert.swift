/// Multi-row `INSERT` statements, split so that none binds more values than the dialect allows.
package enum SQLInsert {
    /// The most rows one statement inserts.
    private static let maximumRows = 1_000

    /// `INSERT INTO table (columns) VALUES (…), (…) suffix` for `rows`, as few statements as fit.
    package static func statements(
        _ dialect: SQLDialect, table: String, columns: [String], rows: [[SQLValue]], suffix: String = ""
    ) -> [BoundStatement] {
        guard !columns.isEmpty else { return [] }
        let rowsPerStatement = max(1, min(maximumRows, dialect.maximumBinds / columns.count))
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        return stride(from: 0, to: rows.count, by: rowsPerStatement).map { offset in
            var builder = SQLBuilder(dialect, head)
            for (position, row) in rows[offset..<min(offset + rowsPerStatement, rows.count)].enumerated() {
                if position > 0 { builder.append(", ") }
                builder.bindTuple(row)
            }
            builder.append(suffix.isEmpty ? "" : " " + suffix)
            return builder.statement
        }
    }

    /// `ON CONFLICT (key) DO UPDATE SET c = excluded.c, …` for every column not in the key.
    package static func upsertSuffix(key: [String], columns: [String]) -> String {
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        return "ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))"
    }
}
