import Logging
import PostgresKit
import WindsockStore

/// PostgreSQL through a PostgresNIO connection pool; write transactions run on pooled connections, several
/// at once when several writers (or server replicas) write.
final class PostgresBackend: SQLBackend {
    let dialect = SQLDialect.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    init(_ configuration: PostgresStoreConfiguration, logger: Logger) throws {
        var clientConfiguration = try PostgresURL.configuration(configuration.url)
        clientConfiguration.options.maximumConnections = max(1, configuration.maximumConnections)
        let client = PostgresClient(configuration: clientConfiguration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.runner = Task { await client.run() }
    }

    func read(_ statement: BoundStatement) async throws -> [ResultRow] {
        try await client.query(statement.postgresQuery, logger: logger).values()
    }

    /// SQLSTATEs of transactions that PostgreSQL aborted to resolve a conflict: running them again succeeds.
    private static let retryableStates: Set<String> = ["40P01", "40001"]
    /// How many times a transaction runs before its conflict error is thrown.
    private static let attempts = 5

    func transaction<Result: Sendable>(
        _ body: @Sendable (any SQLExecutor) async throws -> Result
    ) async throws -> Result {
        let logger = logger
        var attempt = 1
        while true {
            do {
                return try await client.withTransaction(logger: logger) { connection in
                    try await body(PostgresExecutor(connection: connection, logger: logger))
                }
            } catch let error as PostgresTransactionError {
                // Report what failed (the statement, the commit), not the wrapper.
                let cause = error.closureError ?? error.commitError ?? error.beginError ?? error
                guard attempt < Self.attempts, let state = (cause as? PSQLError)?.serverInfo?[.sqlState],
                    Self.retryableStates.contains(state)
                else { throw cause }
                logger.debug("PostgreSQL transaction conflict; running it again", metadata: ["sqlstate": "\(state)"])
                attempt += 1
            }
        }
    }

    func close() async throws {
        runner.cancel()
        await runner.value
    }
}
