import Testing
import WindsockModel
import WindsockStore

@Suite("Store metrics")
struct MetricsTests {
    @Test(arguments: StoreKind.allCases)
    func bucketsCountModelCallsWithPercentiles(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            // Minute 0: 100 calls of model a lasting 1…100 ms, every tenth failing; minute 1: 10 calls of model b.
            var spans: [Span] = []
            for index in 1...100 {
                spans.append(
                    Make.span(
                        trace: UInt64(index), id: 2, parent: 1, name: "chat a", kind: .llm, start: Double(index) * 100,
                        duration: Double(index), status: index % 10 == 0 ? .error : .ok, model: "a", inputTokens: 10,
                        outputTokens: 2, cost: 0.001))
            }
            for index in 1...10 {
                spans.append(
                    Make.span(
                        trace: UInt64(200 + index), id: 2, name: "embed b", kind: .embedding,
                        start: 60_000 + Double(index) * 100, duration: 1_000, model: "b", inputTokens: 3, user: "u"))
            }
            // Not model calls: never counted.
            spans.append(Make.span(trace: 1, id: 1, name: "root", kind: .agent, start: 0, duration: 20_000))
            spans.append(Make.span(trace: 300, id: 1, name: "tool", kind: .tool, start: 100, duration: 5))
            _ = try await store.write(spans, project: .default)

            let from = Make.time(ms: 0)
            let query = MetricsQuery(project: .default, from: from, to: Make.time(ms: 120_000), intervalSeconds: 60)
            let buckets = try await store.metrics(query)
            #expect(buckets.count == 2)
            let first = try #require(buckets.first)
            #expect(first.start == from)
            #expect(first.group == nil)
            #expect(first.count == 100)
            #expect(first.errors == 10)
            #expect(first.inputTokens == 1_000)
            #expect(first.outputTokens == 200)
            #expect(abs(first.costUSD - 0.1) < 1e-9)
            #expect(abs(first.p50Ms - 50) <= 50 * 0.02)
            #expect(abs(first.p95Ms - 95) <= 95 * 0.02)
            #expect(abs(first.p99Ms - 99) <= 99 * 0.02)
            let second = try #require(buckets.last)
            #expect(second.start == Make.time(ms: 60_000))
            #expect(second.count == 10)
            #expect(abs(second.p50Ms - 1_000) <= 20)
            #expect(second.costUSD == 0)

            var grouped = query
            grouped.intervalSeconds = 3_600
            grouped.groupBy = .model
            let byModel = try await store.metrics(grouped)
            #expect(byModel.map(\.group) == ["a", "b"])
            #expect(byModel.map(\.count) == [100, 10])
            grouped.groupBy = .name
            #expect(try await store.metrics(grouped).map(\.group) == ["chat a", "embed b"])
            grouped.groupBy = .userID
            let byUser = try await store.metrics(grouped)
            #expect(byUser.map(\.group) == [nil, "u"])
            #expect(byUser.map(\.count) == [100, 10])

            var narrow = query
            narrow.from = Make.time(ms: 60_000)
            #expect(try await store.metrics(narrow).map(\.count) == [10])
            // A range starting inside a minute counts that minute whole, in its first bucket.
            narrow.from = Make.time(ms: 30_000)
            let shifted = try await store.metrics(narrow)
            #expect(shifted.map(\.count) == [110])
            #expect(shifted.map(\.start) == [Make.time(ms: 30_000)])
            narrow.from = Make.time(ms: 120_000)
            narrow.to = Make.time(ms: 240_000)
            #expect(try await store.metrics(narrow).isEmpty)
            _ = try await store.write(spans, project: .default)
            #expect(try await store.metrics(query).map(\.count) == [100, 10])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func modelCallsWithoutAUserTakeTheirTracesUser(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            _ = try await store.write(
                [
                    Make.span(trace: 1, id: 1, name: "root", user: "dora"),
                    Make.span(trace: 1, id: 2, parent: 1, name: "chat", kind: .llm, start: 1, model: "m"),
                ], project: .default)
            let buckets = try await store.metrics(
                MetricsQuery(
                    project: .default, from: Make.time(ms: 0), to: Make.time(ms: 60_000), intervalSeconds: 60,
                    groupBy: .userID))
            #expect(buckets.map(\.group) == ["dora"])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func badMetricsQueriesAreRefused(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let from = Make.time(ms: 0)
            await expectStoreError(.invalidQuery) {
                try await store.metrics(MetricsQuery(project: .default, from: from, to: from, intervalSeconds: 60))
            }
            await expectStoreError(.invalidQuery) {
                try await store.metrics(
                    MetricsQuery(project: .default, from: from, to: Make.time(ms: 60_000), intervalSeconds: 10))
            }
        }
    }
}
