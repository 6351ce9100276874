/// What differs between the SQL of SQLite and of PostgreSQL in the statements the stores run.
package enum SQLDialect: Sendable, Hashable {
    case sqlite
    case postgres

    /// The placeholder of the `index`-th bound value (1-based).
    package func placeholder(_ index: Int) -> String {
        switch self {
        case .sqlite: "?"
        case .postgres: "$\(index)"
        }
    }

    /// The type of 64-bit integer columns.
    package var integerType: String {
        switch self {
        case .sqlite: "INTEGER"
        case .postgres: "BIGINT"
        }
    }

    /// The type of double columns.
    package var realType: String {
        switch self {
        case .sqlite: "REAL"
        case .postgres: "DOUBLE PRECISION"
        }
    }

    /// The type of byte-string columns.
    package var blobType: String {
        switch self {
        case .sqlite: "BLOB"
        case .postgres: "BYTEA"
        }
    }

    /// The case-insensitive `LIKE` operator.
    package var caseInsensitiveLike: String {
        switch self {
        case .sqlite: "LIKE"
        case .postgres: "ILIKE"
        }
    }

    /// The most values one statement may bind.
    package var maximumBinds: Int {
        switch self {
        case .sqlite: 32_766
        case .postgres: 65_535
        }
    }

    /// Replaces `{INT}`, `{REAL}` and `{BLOB}` in a schema statement with this dialect's types.
    package func schema(_ template: String) -> String {
        template.replacing("{INT}", with: integerType).replacing("{REAL}", with: realType)
            .replacing("{BLOB}", with: blobType)
    }
}
