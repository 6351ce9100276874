import Foundation
import Logging
import PostgresKit
import WindsockServer
import WindsockStore

/// Why a test store could not be made.
struct TestStoreError: Error, CustomStringConvertible {
    var description: String
}

/// A store for one end-to-end test, removed afterwards.
struct TestStore: Sendable {
    let store: any TraceStore
    let location: StorageLocation
    private let cleanup: @Sendable () async throws -> Void

    /// The real SQLite store in a fresh temporary file: what end-to-end tests run on.
    static func make() async throws -> TestStore {
        try await sqlite()
    }

    /// The SQLite store in a fresh temporary folder.
    static func sqlite() async throws -> TestStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "windsock-server-test-" + UUID().uuidString.lowercased())
        let location = StorageLocation.sqlite(path: folder.appendingPathComponent("windsock.sqlite").path)
        let store = try await location.open(logger: quietLogger)
        return TestStore(store: store, location: location) {
            try await store.close()
            try FileManager.default.removeItem(at: folder)
        }
    }

    /// The PostgreSQL store in a fresh database on the server `WINDSOCK_TEST_POSTGRES_URL` names
    /// (`scripts/start-test-postgres` starts one). Fails, never skips, when it is missing or unreachable.
    static func postgres() async throws -> TestStore {
        guard let adminURL = ProcessInfo.processInfo.environment["WINDSOCK_TEST_POSTGRES_URL"], !adminURL.isEmpty,
            var components = URLComponents(string: adminURL)
        else {
            throw TestStoreError(
                description: "WINDSOCK_TEST_POSTGRES_URL is not set: run eval \"$(scripts/start-test-postgres)\"")
        }
        let name = "ws_server_test_" + UUID().uuidString.lowercased().replacing("-", with: "")
        try await administer(adminURL, "CREATE DATABASE \(name)")
        components.path = "/" + name
        guard let url = components.string else { throw TestStoreError(description: "cannot build a URL for \(name)") }
        let location = StorageLocation.postgres(url: url)
        let store = try await location.open(logger: quietLogger)
        return TestStore(store: store, location: location) {
            try await store.close()
            try await administer(adminURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// Closes the store and removes what it left.
    func finish() async throws {
        try await cleanup()
    }

    private static func administer(_ url: String, _ sql: String) async throws {
        guard let components = URLComponents(string: url), let host = components.host else {
            throw TestStoreError(description: "WINDSOCK_TEST_POSTGRES_URL is not a URL: \(url)")
        }
        let configuration = PostgresConnection.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: components.path.split(separator: "/").first.map(String.init),
            tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: quietLogger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: quietLogger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
