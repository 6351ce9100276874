import WindsockStore

/// Runs the statements of the writer's current transaction.
struct SQLiteExecutor: SQLExecutor {
    let database: SQLiteDirectConnection
    /// Whether the transaction runs on the writer's own thread (``SQLiteWriterThread``): statements then
    /// run where they are called instead of hopping to the connection's thread.
    let runsOnWriterThread: Bool

    func execute(_ statement: BoundStatement) async throws -> [ResultRow] {
        runsOnWriterThread ? try database.rowsOnCurrentThread(statement) : try await database.rows(statement)
    }
}
