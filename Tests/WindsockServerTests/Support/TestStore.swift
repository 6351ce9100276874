import WindsockStore

/// A store for one end-to-end test, removed afterwards.
struct TestStore: Sendable {
    let store: any TraceStore
    private let cleanup: @Sendable () async throws -> Void

    /// The store end-to-end tests run on.
    static func make() async throws -> TestStore {
        TestStore(store: InMemoryTraceStore(), cleanup: {})
    }

    /// Closes the store and removes what it left.
    func finish() async throws {
        try await cleanup()
    }
}
