import Logging
import WindsockStore

extension SQLTraceStore {
    /// Connects to PostgreSQL at `configuration.url` with a pool of up to `maximumConnections` connections.
    ///
    /// Call ``SQLTraceStore/migrate()`` before use. Any number of processes may share one database.
    public static func postgres(
        _ configuration: PostgresStoreConfiguration, logger: Logger = Logger(label: "windsock.store.postgres")
    ) throws -> SQLTraceStore {
        SQLTraceStore(backend: try PostgresBackend(configuration, logger: logger), logger: logger)
    }
}
