import WindsockStore

/// Runs the statements of the writer's current transaction.
struct SQLiteExecutor: SQLExecutor {
    let database: SQLiteDirectConnection

    func execute(_ statement: BoundStatement) async throws -> [ResultRow] {
        try await database.rows(statement)
    }
}
