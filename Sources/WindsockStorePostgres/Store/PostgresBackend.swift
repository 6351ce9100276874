import Logging
import NIOConcurrencyHelpers
import PostgresKit
import WindsockStore

/// PostgreSQL through a PostgresNIO connection pool; write transactions run on pooled connections, several
/// at once when several writers (or server replicas) write.
final class PostgresBackend: SQLBackend {
    let dialect = SQLDialect.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger
    private let connectTimeout: Duration
    private let address: String
    /// Whether a statement ever completed: until then each waits at most `connectTimeout`.
    private let hasConnected = NIOLockedValueBox(false)

    init(_ configuration: PostgresStoreConfiguration, logger: Logger) throws {
        var clientConfiguration = try PostgresURL.configuration(configuration.url)
        clientConfiguration.options.maximumConnections = max(1, configuration.maximumConnections)
        let client = PostgresClient(configuration: clientConfiguration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.connectTimeout = configuration.connectTimeout
        self.address = "\(clientConfiguration.host ?? "?"):\(clientConfiguration.port ?? 5432)"
        // Runs the pool at once (not at the task's first turn), so that no statement finds it not running.
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            self.runner = Task.immediate { await client.run() }
        } else {
            self.runner = Task { await client.run() }
        }
    }

    func read(_ statement: BoundStatement) async throws -> [ResultRow] {
        let (client, logger) = (client, logger)
        return try await untilConnected { try await client.query(statement.postgresQuery, logger: logger).values() }
    }

    /// Runs `operation`; until one has succeeded, gives up after `connectTimeout` with an error that names the
    /// database's address (PostgresNIO retries an unreachable server for ever).
    private func untilConnected<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result)
        async throws -> Result
    {
        if hasConnected.withLockedValue({ $0 }) { return try await operation() }
        let attempt = Task { try await operation() }
        let deadline = Task {
            try await Task.sleep(for: connectTimeout)
            attempt.cancel()
        }
        defer { deadline.cancel() }
        let result: Result
        do {
            result = try await attempt.value
        } catch {
            guard !deadline.isCancelled, attempt.isCancelled else { throw error }
            throw StoreError(
                .invalidConfiguration,
                "PostgreSQL at \(address) did not answer within \(connectTimeout): is the server running, and are the "
                    + "host and port of the URL right? (The log above shows each connection attempt's error.)")
        }
        hasConnected.withLockedValue { $0 = true }
        return result
    }

    /// SQLSTATEs of transactions that PostgreSQL aborted to resolve a conflict: running them again succeeds.
    private static let retryableStates: Set<String> = ["40P01", "40001"]
    /// How many times a transaction runs before its conflict error is thrown.
    private static let attempts = 5

    func transaction<Result: Sendable>(
        _ body: @Sendable (any SQLExecutor) async throws -> Result
    ) async throws -> Result {
        let logger = logger
        if !hasConnected.withLockedValue({ $0 }) {
            // A first statement that gives up with a clear error when the database cannot be reached.
            _ = try await read(BoundStatement("SELECT 1"))
        }
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
