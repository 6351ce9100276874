import Logging
import WindsockStore

extension SQLTraceStore {
    /// Opens the SQLite store at `configuration.path` (creating the file when missing).
    ///
    /// Call ``SQLTraceStore/migrate()`` before use. Another process (the SDK's embedded exporter) may open the
    /// same file at the same time.
    public static func sqlite(
        _ configuration: SQLiteStoreConfiguration, logger: Logger = Logger(label: "windsock.store.sqlite")
    ) async throws -> SQLTraceStore {
        SQLTraceStore(backend: try await SQLiteBackend.open(configuration, logger: logger), logger: logger)
    }
}
