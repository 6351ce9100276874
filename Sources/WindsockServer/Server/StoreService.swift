import Logging
import ServiceLifecycle
import WindsockStore

/// Keeps the store open while the server runs and closes it after the HTTP server has finished its last
/// request (it is the first service of the group, so the last one shut down).
struct StoreService: Service {
    let store: any TraceStore
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        do {
            try await store.close()
            logger.info("Store closed")
        } catch {
            logger.error("Closing the store failed", metadata: ["error": "\(error)"])
            throw error
        }
    }
}
