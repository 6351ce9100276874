import Logging
import WindsockServer
import WindsockStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Opens the store the storage flags name, runs `body` on its key store, and closes it.
///
/// Only `keys create` may make a SQLite store that does not exist yet (`createsStore`); the other commands fail
/// with a message naming the file, so that a typo or the wrong folder never leaves an empty store behind.
func withKeyStore(
    _ storage: StorageOptions, createsStore: Bool = false, _ body: (any KeyStore) async throws -> Void
) async throws {
    var logger = Logger(label: "windsock.keys")
    logger.logLevel = .warning
    let location = storage.location
    if !createsStore, case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
        throw KeysCommandError(description: "No store at \(path); pass --sqlite or --postgres-url.")
    }
    let store = try await location.open(logger: logger)
    do {
        try await body(store.keys)
        try await store.close()
    } catch {
        try? await store.close()
        throw error
    }
}
