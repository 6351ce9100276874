import Testing
import WindsockModel
import WindsockStore

@Suite("Store instances sharing one database")
struct SharedDatabaseTests {
    /// Two store instances (as two processes would) write spans of the same traces at the same time; no
    /// summary update is lost.
    @Test(arguments: StoreKind.allCases)
    func twoWritersOfTheSameTracesLoseNoUpdate(_ kind: StoreKind) async throws {
        try await withDatabase(kind) { database in
            let first = try await database.open()
            let second = try await database.open()
            let traces = UInt64(12)
            let rounds = 10
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (writer, store) in [first, second].enumerated() {
                    group.addTask {
                        for round in 0..<rounds {
                            let spans = (1...traces).map { trace in
                                Make.span(
                                    trace: trace, id: UInt64(writer * 1_000 + round + 1), kind: .llm,
                                    start: Double(round * 2 + writer), model: "m\(writer)", inputTokens: 1)
                            }
                            _ = try await store.write(spans.shuffled(), project: .default)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let page = try await first.traces(TraceQuery(project: .default, limit: 100))
            #expect(page.traces.count == Int(traces))
            for summary in page.traces {
                #expect(summary.spanCount == 2 * rounds)
                #expect(summary.usage.inputTokens == 2 * rounds)
                #expect(summary.models == ["m0", "m1"])
                #expect(summary.endTime == Make.time(ms: Double((rounds - 1) * 2 + 1) + 10))
            }
            let metrics = try await second.metrics(
                MetricsQuery(project: .default, from: Make.time(ms: 0), to: Make.time(ms: 60_000), intervalSeconds: 60))
            #expect(metrics.map(\.count) == [2 * rounds * Int(traces)])
            try await first.close()
            try await second.close()
        }
    }
}
