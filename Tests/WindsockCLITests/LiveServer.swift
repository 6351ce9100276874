import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import WindsockServer

/// Windsock servers over SQLite files, for the CLI tests.
enum LiveServer {
    /// Runs `body` with the base URL of a server on a real socket over the SQLite file at `path` (created when
    /// missing), for commands run as child processes.
    static func with<T: Sendable>(sqlite path: String, _ body: @Sendable (String) async throws -> T) async throws -> T {
        try await withServer(sqlite: path, setup: .live) { client in
            try await body("http://127.0.0.1:\(client.port ?? 0)")
        }
    }

    /// Runs `body` against a server over the SQLite file at `path`, in process (`.router`) or on a socket (`.live`);
    /// the store is closed afterwards.
    static func withServer<T: Sendable>(
        sqlite path: String, setup: TestingSetup, _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "windsock-cli-test")
        logger.logLevel = .critical
        let store = try await StorageLocation.sqlite(path: path).open(logger: logger)
        let server = WindsockServer(
            store: store, configuration: WindsockServerConfiguration(address: ServerAddress(port: 0)), logger: logger)
        do {
            let result = try await server.buildApplication().test(setup, body)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }
}
