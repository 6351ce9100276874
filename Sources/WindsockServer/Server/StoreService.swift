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
            // When a sibling service fails (a port already in use), the group cancels this task: the store must
            // still be closed, so the close runs in a task that does not inherit the cancellation.
            let store = self.store
            try await Task { try await store.close() }.value
            logger.info("Store closed")
        } catch {
            logger.error("Closing the store failed", metadata: ["error": "\(error)"])
            throw error
        }
    }
}
