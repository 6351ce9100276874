import Logging
import WindsockStore

/// Opens the store the storage flags name, runs `body` on its key store, and closes it.
func withKeyStore(_ storage: StorageOptions, _ body: (any KeyStore) async throws -> Void) async throws {
    var logger = Logger(label: "windsock.keys")
    logger.logLevel = .warning
    let store = try await storage.location.open(logger: logger)
    do {
        try await body(store.keys)
        try await store.close()
    } catch {
        try? await store.close()
        throw error
    }
}
