import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import WindsockServer

/// A Windsock server on a real socket over a fresh SQLite file, for commands run as child processes.
enum LiveServer {
    /// Runs `body` with the base URL of a server over the SQLite file at `path` (created when missing).
    static func with<T: Sendable>(sqlite path: String, _ body: @Sendable (String) async throws -> T) async throws -> T {
        var logger = Logger(label: "windsock-cli-test")
        logger.logLevel = .critical
        let store = try await StorageLocation.sqlite(path: path).open(logger: logger)
        let server = WindsockServer(
            store: store, configuration: WindsockServerConfiguration(address: ServerAddress(port: 0)), logger: logger)
        do {
            let result = try await server.buildApplication().test(.live) { client in
                try await body("http://127.0.0.1:\(client.port ?? 0)")
            }
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }
}
