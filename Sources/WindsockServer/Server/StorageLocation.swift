import Logging
import WindsockStore
import WindsockStorePostgres
import WindsockStoreSQLite

/// Where the server keeps traces: the embedded SQLite file (the one the SDK writes) or a PostgreSQL database
/// shared by any number of server replicas.
public enum StorageLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite file; its folder is created when missing.
    case sqlite(path: String)
    /// A `postgres://` URL.
    case postgres(url: String)

    /// `.windsock/windsock.sqlite`, the embedded store's default file.
    public static var embeddedDefault: StorageLocation {
        .sqlite(path: SQLiteStoreConfiguration.embeddedDefault.path)
    }

    /// Opens the store and applies its migrations.
    public func open(logger: Logger) async throws -> any TraceStore {
        let store: SQLTraceStore
        switch self {
        case .sqlite(let path):
            store = try await SQLTraceStore.sqlite(SQLiteStoreConfiguration(path: path), logger: logger)
        case .postgres(let url):
            store = try SQLTraceStore.postgres(PostgresStoreConfiguration(url: url), logger: logger)
        }
        do {
            try await store.migrate()
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    /// The location without secrets (a PostgreSQL URL's password is masked).
    public var description: String {
        switch self {
        case .sqlite(let path):
            return "SQLite \(path)"
        case .postgres(let url):
            guard let schemeEnd = url.range(of: "://"), let at = url[schemeEnd.upperBound...].lastIndex(of: "@") else {
                return "PostgreSQL \(url)"
            }
            let credentials = url[schemeEnd.upperBound..<at]
            guard let colon = credentials.firstIndex(of: ":") else { return "PostgreSQL \(url)" }
            return "PostgreSQL " + url[..<colon] + ":***" + url[at...]
        }
    }
}
