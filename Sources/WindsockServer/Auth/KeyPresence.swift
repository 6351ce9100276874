import WindsockStore

/// Whether the store holds any key, remembered once it does: keys are revoked, never deleted, so a server
/// that has seen one key never runs open again.
actor KeyPresence {
    private let keys: any KeyStore
    private var known = false

    init(keys: any KeyStore) {
        self.keys = keys
    }

    /// Whether any key exists (asks the store until one does).
    func hasKeys() async throws -> Bool {
        if known { return true }
        let found = try await keys.hasKeys()
        if found { known = true }
        return found
    }
}
