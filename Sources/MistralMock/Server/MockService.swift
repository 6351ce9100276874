import Logging

/// The emulator's shared parts, handed to every route: configuration, state and fault injection.
struct MockService: Sendable {
    let configuration: MockConfiguration
    let store: MockStore
    let faults: FaultInjector
    let logger: Logger

    /// A service with fresh state.
    init(configuration: MockConfiguration, logger: Logger) {
        self.configuration = configuration
        self.store = MockStore()
        self.faults = FaultInjector(configuration: configuration)
        self.logger = logger
    }

    /// Whether `request` carries an accepted `Authorization: Bearer <key>`.
    func isAuthorized(_ request: MockRequest) -> Bool {
        guard let header = request.headers[.authorization] else { return false }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let key = String(parts[1]).trimmingWhitespace
        guard !key.isEmpty else { return false }
        if let expected = configuration.apiKey {
            return key == expected
        }
        return true
    }
}
