import Logging
import WindsockStore

/// What every route handler uses: the store, access control, metrics, limits, the logger.
struct ServerServices: Sendable {
    let store: any TraceStore
    let configuration: WindsockServerConfiguration
    let authenticator: Authenticator
    let metrics: ServerMetrics
    let writeGate: WriteGate
    let logger: Logger

    init(store: any TraceStore, configuration: WindsockServerConfiguration, metrics: ServerMetrics, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.authenticator = Authenticator(
            keys: store.keys, allowsOpenAccess: configuration.allowsOpenAccess, logger: logger)
        self.metrics = metrics
        self.writeGate = WriteGate(limit: configuration.maximumInFlightWrites, depth: metrics.queueDepth)
        self.logger = logger
    }

    /// Runs a store call; any failure is logged and becomes a 500 ``APIError``.
    func storeCall<Result: Sendable>(_ what: String, _ body: () async throws -> Result) async throws(APIError)
        -> Result
    {
        do {
            return try await body()
        } catch {
            logger.error("Store call failed", metadata: ["call": "\(what)", "error": "\(error)"])
            throw APIError.serverFailure
        }
    }
}
