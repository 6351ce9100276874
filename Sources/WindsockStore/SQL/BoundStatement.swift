/// An SQL statement with its bound values.
package struct BoundStatement: Sendable, Hashable {
    /// The SQL text, with the dialect's placeholders.
    package var sql: String
    /// The bound values, in placeholder order.
    package var binds: [SQLValue]

    /// Creates a statement.
    package init(_ sql: String, binds: [SQLValue] = []) {
        self.sql = sql
        self.binds = binds
    }
}

/// Builds a statement piece by piece, writing the dialect's placeholder for each bound value.
package struct SQLBuilder: Sendable {
    /// The dialect written.
    package let dialect: SQLDialect
    private var sql = ""
    private var binds: [SQLValue] = []

    /// Starts a statement with `sql`.
    package init(_ dialect: SQLDialect, _ sql: String = "") {
        self.dialect = dialect
        self.sql = sql
    }

    /// Appends SQL text.
    package mutating func append(_ text: String) {
        sql += text
    }

    /// Appends a placeholder bound to `value`.
    package mutating func bind(_ value: SQLValue) {
        binds.append(value)
        sql += dialect.placeholder(binds.count)
    }

    /// Appends `(v1, v2, …)`: a parenthesised, comma-separated list of placeholders.
    package mutating func bindTuple(_ values: [SQLValue]) {
        sql += "("
        for (position, value) in values.enumerated() {
            if position > 0 { sql += ", " }
            bind(value)
        }
        sql += ")"
    }

    /// How many values are bound so far.
    package var bindCount: Int { binds.count }

    /// The statement.
    package var statement: BoundStatement {
        BoundStatement(sql, binds: binds)
    }
}
