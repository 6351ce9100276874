import Foundation
import Logging
import PostgresNIO
import Testing
import WindsockModel
import WindsockStore
import WindsockStorePostgres
import WindsockStoreSQLite

/// The databases the conformance suite runs on.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// Why a test database could not be made.
struct TestDatabaseError: Error, CustomStringConvertible {
    var description: String
}

/// A fresh database for one test: a temporary SQLite file, or a new PostgreSQL database on the server that
/// `WINDSOCK_TEST_POSTGRES_URL` names (scripts/start-test-postgres starts one). Without that variable, or
/// with the server unreachable, PostgreSQL tests fail.
struct TestDatabase: Sendable {
    let kind: StoreKind
    /// The SQLite file, or the PostgreSQL URL of the test's database.
    let location: String
    private let adminURL: String?
    private let databaseName: String?

    static let logger = Logger(label: "windsock.store.tests")

    static func make(_ kind: StoreKind) async throws -> TestDatabase {
        let name = "ws_test_" + UUID().uuidString.lowercased().replacing("-", with: "")
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(name)
            return TestDatabase(
                kind: kind, location: folder.appendingPathComponent("windsock.sqlite").path, adminURL: nil,
                databaseName: nil)
        case .postgres:
            guard let adminURL = ProcessInfo.processInfo.environment["WINDSOCK_TEST_POSTGRES_URL"], !adminURL.isEmpty
            else {
                throw TestDatabaseError(
                    description: "WINDSOCK_TEST_POSTGRES_URL is not set: run eval \"$(scripts/start-test-postgres)\"")
            }
            try await admin(adminURL, "CREATE DATABASE \(name)")
            guard var components = URLComponents(string: adminURL) else {
                throw TestDatabaseError(description: "WINDSOCK_TEST_POSTGRES_URL is not a URL: \(adminURL)")
            }
            components.path = "/" + name
            guard let url = components.string else {
                throw TestDatabaseError(description: "cannot build a URL for database \(name)")
            }
            return TestDatabase(kind: kind, location: url, adminURL: adminURL, databaseName: name)
        }
    }

    /// Opens a store on the database (several may be open at once) and migrates it.
    func open() async throws -> SQLTraceStore {
        let store: SQLTraceStore
        switch kind {
        case .sqlite:
            store = try await SQLTraceStore.sqlite(SQLiteStoreConfiguration(path: location), logger: Self.logger)
        case .postgres:
            store = try SQLTraceStore.postgres(PostgresStoreConfiguration(url: location), logger: Self.logger)
        }
        try await store.migrate()
        return store
    }

    /// Deletes the database.
    func drop() async throws {
        switch kind {
        case .sqlite:
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: location).deletingLastPathComponent())
        case .postgres:
            if let adminURL, let databaseName {
                try await Self.admin(adminURL, "DROP DATABASE IF EXISTS \(databaseName) WITH (FORCE)")
            }
        }
    }

    private static func admin(_ url: String, _ sql: String) async throws {
        guard let components = URLComponents(string: url), let host = components.host else {
            throw TestDatabaseError(description: "WINDSOCK_TEST_POSTGRES_URL is not a URL: \(url)")
        }
        let configuration = PostgresConnection.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: components.path.split(separator: "/").first.map(String.init),
            tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// Runs `body` with a migrated store on a fresh database, then closes and drops it.
func withStore(_ kind: StoreKind, _ body: (SQLTraceStore) async throws -> Void) async throws {
    try await withDatabase(kind) { database in
        let store = try await database.open()
        do {
            try await body(store)
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }
}

/// Runs `body` with a fresh database, then drops it.
func withDatabase(_ kind: StoreKind, _ body: (TestDatabase) async throws -> Void) async throws {
    let database = try await TestDatabase.make(kind)
    do {
        try await body(database)
        try await database.drop()
    } catch {
        try? await database.drop()
        throw error
    }
}
