/// The versioned schema of the SQL stores. Versions only ever get added; a released one never changes.
///
/// Tables keep times as integer nanoseconds since the epoch and ids as bytes. Every table that grows with
/// traffic leads with the project and holds the time it would be partitioned by (`spans.start_ns`,
/// `call_rollup.minute_ns`); on PostgreSQL the span key includes `start_ns` so that `spans` can be turned
/// into a table partitioned by range of `start_ns` without changing the statements.
package enum StoreSchema {
    /// One schema version: statements applied in order, in one transaction.
    package struct Migration: Sendable {
        /// The version it brings the database to.
        package var version: Int
        /// Its statements, with `{INT}`, `{REAL}`, `{BLOB}` and `{SPAN_KEY}` to fill per dialect.
        package var statements: [String]
    }

    /// Every migration, oldest first.
    package static let migrations: [Migration] = [
        Migration(
            version: 1,
            statements: [
                """
                CREATE TABLE projects (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_ns {INT} NOT NULL)
                """,
                """
                CREATE TABLE api_keys (id TEXT PRIMARY KEY, project TEXT NOT NULL, scope TEXT NOT NULL,
                name TEXT NOT NULL, prefix TEXT NOT NULL, secret_hash TEXT NOT NULL UNIQUE,
                created_ns {INT} NOT NULL, revoked_ns {INT})
                """,
                "CREATE INDEX api_keys_project ON api_keys (project, created_ns)",
                """
                CREATE TABLE resources (project TEXT NOT NULL, id {BLOB} NOT NULL, attributes TEXT NOT NULL,
                PRIMARY KEY (project, id))
                """,
                """
                CREATE TABLE spans (project TEXT NOT NULL, trace_id {BLOB} NOT NULL, span_id {BLOB} NOT NULL,
                parent_span_id {BLOB}, name TEXT NOT NULL, kind TEXT NOT NULL, start_ns {INT} NOT NULL,
                end_ns {INT} NOT NULL, is_error {INT} NOT NULL, status_message TEXT, request_model TEXT,
                response_model TEXT, input_tokens {INT}, output_tokens {INT}, total_tokens {INT}, cost_usd {REAL},
                user_id TEXT, session_id TEXT, trace_name TEXT, tags TEXT, metadata TEXT, input TEXT, output TEXT,
                detail TEXT NOT NULL, PRIMARY KEY ({SPAN_KEY}))
                """,
                """
                CREATE TABLE traces (project TEXT NOT NULL, trace_id {BLOB} NOT NULL, name TEXT NOT NULL,
                start_ns {INT} NOT NULL, end_ns {INT} NOT NULL, is_error {INT} NOT NULL, span_count {INT} NOT NULL,
                error_count {INT} NOT NULL, input_tokens {INT}, output_tokens {INT}, total_tokens {INT},
                cost_usd {REAL}, models TEXT NOT NULL, user_id TEXT, session_id TEXT, tags TEXT NOT NULL,
                metadata TEXT, input_span_id {BLOB}, output_span_id {BLOB}, PRIMARY KEY (project, trace_id))
                """,
                "CREATE INDEX traces_recent ON traces (project, start_ns DESC, trace_id DESC)",
                "CREATE INDEX traces_session ON traces (project, session_id, start_ns)",
                "CREATE INDEX traces_user ON traces (project, user_id, start_ns)",
                "CREATE INDEX traces_name ON traces (project, name, start_ns)",
                "CREATE INDEX traces_start ON traces (start_ns)",
                """
                CREATE TABLE trace_tags (project TEXT NOT NULL, trace_id {BLOB} NOT NULL, tag TEXT NOT NULL,
                PRIMARY KEY (project, trace_id, tag))
                """,
                """
                CREATE TABLE scores (project TEXT NOT NULL, id TEXT NOT NULL, trace_id {BLOB} NOT NULL,
                span_id {BLOB}, name TEXT NOT NULL, value_type TEXT NOT NULL, number_value {REAL}, text_value TEXT,
                comment TEXT, source TEXT NOT NULL, author TEXT, created_ns {INT} NOT NULL, PRIMARY KEY (project, id))
                """,
                "CREATE INDEX scores_trace ON scores (project, trace_id, created_ns)",
                """
                CREATE TABLE call_rollup (project TEXT NOT NULL, dimension TEXT NOT NULL, minute_ns {INT} NOT NULL,
                value TEXT NOT NULL, calls {INT} NOT NULL, errors {INT} NOT NULL, input_tokens {INT} NOT NULL,
                output_tokens {INT} NOT NULL, cost_usd {REAL} NOT NULL, latency TEXT NOT NULL,
                PRIMARY KEY (project, dimension, minute_ns, value))
                """,
                "CREATE INDEX call_rollup_minute ON call_rollup (minute_ns)",
            ]
        ),
        // Span detail format 2 (``SpanDetail``): the tables do not change, but rows are written in a format that
        // a Windsock knowing only version 1 would misread; the version makes such a Windsock refuse the file
        // with a clear error instead. Format 1 rows still read.
        Migration(version: 2, statements: []),
    ]

    /// The newest version.
    package static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The migrations' statements for `dialect`.
    package static func statements(of migration: Migration, for dialect: SQLDialect) -> [String] {
        let spanKey =
            switch dialect {
            case .sqlite: "project, trace_id, span_id"
            case .postgres: "project, trace_id, span_id, start_ns"
            }
        return migration.statements.map { dialect.schema($0).replacing("{SPAN_KEY}", with: spanKey) }
    }
}
