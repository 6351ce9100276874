/// Runs statements on one connection (inside a transaction, when it is a write).
package protocol SQLExecutor: Sendable {
    /// Runs one statement and returns its rows.
    func execute(_ statement: BoundStatement) async throws -> [ResultRow]
}

/// A database the SQL store runs on: SQLite or PostgreSQL.
package protocol SQLBackend: Sendable {
    /// The SQL dialect it speaks.
    var dialect: SQLDialect { get }
    /// Runs a read-only statement (on a reader connection, outside any write transaction).
    func read(_ statement: BoundStatement) async throws -> [ResultRow]
    /// Runs `body` in one write transaction, committed when it returns and rolled back when it throws.
    /// SQLite runs them one at a time on its writer connection; PostgreSQL may run several at once.
    func transaction<Result: Sendable>(
        _ body: @Sendable (any SQLExecutor) async throws -> Result
    ) async throws -> Result
    /// Closes every connection.
    func close() async throws
}

extension SQLExecutor {
    /// Runs `statements` one after another.
    package func execute(all statements: [BoundStatement]) async throws {
        for statement in statements {
            _ = try await execute(statement)
        }
    }
}
