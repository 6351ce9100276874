/// Multi-row `INSERT` statements, split so that none binds more values than the dialect allows.
///
/// Each statement inserts a power-of-two number of rows (the largest that fits, then smaller ones for the
/// rest), so that a table's inserts come in a handful of distinct SQL texts that a connection can keep
/// prepared, whatever the batch sizes.
package enum SQLInsert {
    /// The most rows one statement inserts.
    private static let maximumRows = 256

    /// `INSERT INTO table (columns) VALUES (…), (…) suffix` for `rows`, as few statements as fit.
    ///
    /// `skippingStoredKeys` leaves out the rows whose key is already stored: SQLite's `INSERT OR IGNORE`,
    /// PostgreSQL's `ON CONFLICT DO NOTHING` (before `suffix`). On SQLite a multi-row `ON CONFLICT DO NOTHING`
    /// could still abort halfway on a `NOT NULL` column, so SQLite copies every page it changes into a
    /// statement journal; `OR IGNORE` cannot abort and needs none. Only for rows whose `NOT NULL` columns
    /// are never null (`OR IGNORE` would skip such a row too).
    package static func statements(
        _ dialect: SQLDialect, table: String, columns: [String], rows: [[SQLValue]], suffix: String = "",
        skippingStoredKeys: Bool = false
    ) -> [BoundStatement] {
        guard !columns.isEmpty else { return [] }
        let verb = skippingStoredKeys && dialect == .sqlite ? "INSERT OR IGNORE" : "INSERT"
        let suffix =
            skippingStoredKeys && dialect == .postgres
            ? (suffix.isEmpty ? "ON CONFLICT DO NOTHING" : "ON CONFLICT DO NOTHING " + suffix) : suffix
        let head = "\(verb) INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let rowsPerStatement = min(maximumRows, dialect.maximumBinds / max(1, columns.count))
        return powerOfTwoRanges(count: rows.count, maximum: rowsPerStatement).map { range in
            var builder = SQLBuilder(dialect, head)
            for (position, row) in rows[range].enumerated() {
                if position > 0 { builder.append(", ") }
                builder.bindTuple(row)
            }
            builder.append(suffix.isEmpty ? "" : " " + suffix)
            return builder.statement
        }
    }

    /// Consecutive ranges covering `0..<count`, each the largest power of two that fits the rest and
    /// `maximum`: statements over them come in a few shapes (1, 2, 4, … items) that stay prepared.
    package static func powerOfTwoRanges(count: Int, maximum: Int) -> [Range<Int>] {
        var limit = 1
        while limit * 2 <= max(1, maximum) { limit *= 2 }
        var ranges: [Range<Int>] = []
        var offset = 0
        while offset < count {
            var size = limit
            while size > count - offset { size /= 2 }
            ranges.append(offset..<offset + size)
            offset += size
        }
        return ranges
    }

    /// `ON CONFLICT (key) DO UPDATE SET c = excluded.c, …` for every column not in the key.
    package static func upsertSuffix(key: [String], columns: [String]) -> String {
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        return "ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))"
    }
}
