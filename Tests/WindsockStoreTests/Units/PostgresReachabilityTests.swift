import Testing
import WindsockStore
import WindsockStorePostgres

@Suite("PostgreSQL that cannot be reached")
struct PostgresReachabilityTests {
    @Test("the first statement gives up with an error naming the address, not a hang")
    func unreachableDatabaseFailsClearly() async throws {
        // Port 1 on loopback: nothing listens, every connection attempt is refused, and the pool retries.
        let store = try SQLTraceStore.postgres(
            PostgresStoreConfiguration(url: "postgres://postgres@127.0.0.1:1/postgres", connectTimeout: .seconds(1)))
        do {
            try await store.migrate()
            Issue.record("migrate succeeded against a closed port")
        } catch let error as StoreError {
            #expect(error.kind == .invalidConfiguration)
            #expect(error.message.contains("127.0.0.1:1"))
            #expect(error.message.contains("did not answer"))
        }
        try await store.close()
    }
}
