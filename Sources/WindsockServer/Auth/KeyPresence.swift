import WindsockStore

/// Whether the store holds any key.
///
/// A "yes" is remembered for good: keys are revoked, never deleted, so a server that has seen one key never
/// runs open again. A "no" is remembered for ``negativeLifetime`` only, so that an open server's hot path
/// does not ask the store on every request, and a key created meanwhile (`windsock keys create` on the same
/// database) closes the server within that time.
actor KeyPresence {
    /// How long a "no key" answer is trusted.
    static let negativeLifetime: Duration = .seconds(1)

    private let keys: any KeyStore
    private let clock = ContinuousClock()
    private var known = false
    private var absentUntil: ContinuousClock.Instant?

    init(keys: any KeyStore) {
        self.keys = keys
    }

    /// Whether any key exists.
    func hasKeys() async throws -> Bool {
        if known { return true }
        if let absentUntil, clock.now < absentUntil { return false }
        let found = try await keys.hasKeys()
        if found {
            known = true
        } else {
            absentUntil = clock.now + Self.negativeLifetime
        }
        return found
    }
}
