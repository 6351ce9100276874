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

    /// OpenLLMetry's or OpenLIT's span around the `mistralai` SDK's own span of the same call: both carry the
    /// call's tokens, which count once, in trace totals and metrics alike, whatever order the spans arrive in.
    @Test(arguments: StoreKind.allCases)
    func nestedSpansOfOneModelCallCountOnce(_ kind: StoreKind) async throws {
        func spans(trace: UInt64, outerUsage: Bool) -> [Span] {
            [
                Make.span(trace: trace, id: 1, name: "app.pipeline", kind: .chain, duration: 100),
                Make.span(
                    trace: trace, id: 2, parent: 1, name: "mistralai.chat", kind: .llm, start: 1, duration: 50,
                    model: "mistral-small-latest", inputTokens: outerUsage ? 12 : nil,
                    outputTokens: outerUsage ? 7 : nil, cost: outerUsage ? 0.002 : nil),
                Make.span(
                    trace: trace, id: 3, parent: 2, name: "chat mistral-small-latest", kind: .llm, start: 2,
                    duration: 40, model: "mistral-small-latest", inputTokens: 12, outputTokens: 7, cost: 0.001),
                // A second, separate call in the same trace.
                Make.span(
                    trace: trace, id: 4, parent: 1, name: "chat mistral-small-latest", kind: .llm, start: 60,
                    duration: 30, model: "mistral-small-latest", inputTokens: 13, outputTokens: 11, cost: 0.003),
            ]
        }
        // Arrival orders: all at once; children first, the root last; the root and outer span first.
        let orders: [[[Int]]] = [[[0, 1, 2, 3]], [[2], [3], [1], [0]], [[0, 1], [3], [2]]]
        try await withStore(kind) { store async throws in
            var trace: UInt64 = 0
            for outerUsage in [true, false] {
                for order in orders {
                    trace += 1
                    let all = spans(trace: trace, outerUsage: outerUsage)
                    for batch in order {
                        _ = try await store.write(batch.map { all[$0] }, project: .default)
                    }
                    let summary = try #require(try await store.trace(Make.traceID(trace), project: .default)).summary
                    // The outer span's usage counts when it has any, else the inner span's.
                    #expect(summary.usage == TokenUsage(inputTokens: 25, outputTokens: 18, totalTokens: 43))
                    let cost = try #require(summary.costUSD)
                    #expect(abs(cost - (outerUsage ? 0.005 : 0.004)) < 1e-12, "trace \(trace)")
                }
            }
            let buckets = try await store.metrics(
                MetricsQuery(
                    project: .default, from: Make.time(ms: 0), to: Make.time(ms: 60_000), intervalSeconds: 60,
                    groupBy: .model))
            // Six traces of two calls each; the nested span is never a call of its own.
            #expect(buckets.map(\.group) == ["mistral-small-latest"])
            #expect(buckets.map(\.count) == [12])
            #expect(buckets.map(\.inputTokens) == [6 * 25])
            #expect(buckets.map(\.outputTokens) == [6 * 18])
            #expect(abs((buckets.first?.costUSD ?? 0) - (3 * 0.005 + 3 * 0.004)) < 1e-9)
            let byName = try await store.metrics(
                MetricsQuery(
                    project: .default, from: Make.time(ms: 0), to: Make.time(ms: 60_000), intervalSeconds: 60,
                    groupBy: .name))
            #expect(byName.map(\.group) == ["chat mistral-small-latest", "mistralai.chat"])
            #expect(byName.map(\.count) == [6, 6])
        }
    }

    /// OpenLLMetry's span and the `mistralai` SDK's span of one call are siblings, the first enclosing the second
    /// in time: counted once. Two parallel calls of one instrumentation (the same name) are two calls.
    @Test(arguments: StoreKind.allCases)
    func siblingSpansOfOneCallCountOnceAndParallelCallsTwice(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let spans = [
                Make.span(trace: 1, id: 1, name: "app.pipeline", duration: 100),
                Make.span(
                    trace: 1, id: 2, parent: 1, name: "chat_completion_v1_chat_completions_post", kind: .llm,
                    start: 5, duration: 40, model: "mistral-small-latest", inputTokens: 12, outputTokens: 7),
                Make.span(
                    trace: 1, id: 3, parent: 1, name: "mistralai.chat", kind: .llm, start: 1, duration: 50,
                    model: "mistral-small-latest", inputTokens: 12, outputTokens: 7),
                Make.span(
                    trace: 2, id: 1, parent: nil, name: "chat mistral-small-latest", kind: .llm, start: 0,
                    duration: 90, model: "mistral-small-latest", inputTokens: 5, outputTokens: 5),
                Make.span(
                    trace: 2, id: 2, parent: nil, name: "chat mistral-small-latest", kind: .llm, start: 10,
                    duration: 20, model: "mistral-small-latest", inputTokens: 3, outputTokens: 3),
            ]
            for span in spans.reversed() {
                _ = try await store.write([span], project: .default)
            }
            let first = try #require(try await store.trace(Make.traceID(1), project: .default)).summary
            #expect(first.usage == TokenUsage(inputTokens: 12, outputTokens: 7))
            let second = try #require(try await store.trace(Make.traceID(2), project: .default)).summary
            #expect(second.usage == TokenUsage(inputTokens: 8, outputTokens: 8))
            let buckets = try await store.metrics(
                MetricsQuery(project: .default, from: Make.time(ms: 0), to: Make.time(ms: 60_000), intervalSeconds: 60))
            #expect(buckets.map(\.count) == [3])
            #expect(buckets.map(\.inputTokens) == [20])
        }
    }

    /// Hostile parent links that loop (each span the other's parent) neither hang the write nor break it.
    @Test(arguments: StoreKind.allCases)
    func parentLinksInACycleAreStoredWithoutHanging(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let result = try await store.write(
                [
                    Make.span(trace: 1, id: 1, parent: 2, name: "a", kind: .llm, model: "m", inputTokens: 1),
                    Make.span(trace: 1, id: 2, parent: 1, name: "b", kind: .llm, model: "m", inputTokens: 2),
                    Make.span(trace: 1, id: 3, parent: 3, name: "self", kind: .llm, model: "m", inputTokens: 4),
                ], project: .default)
            #expect(result.inserted == 3)
            #expect(try await store.trace(Make.traceID(1), project: .default)?.spans.count == 3)
        }
    }

    /// A span that names a model and reports tokens is a model call whatever its kind (a Langfuse-style span
    /// with usage set by hand).
    @Test(arguments: StoreKind.allCases)
    func spansWithAModelAndUsageAreModelCalls(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            _ = try await store.write(
                [
                    Make.span(
                        trace: 1, id: 1, name: "manual", model: "mistral-small-latest", inputTokens: 1_000,
                        outputTokens: 500, cost: 0.000_45)
                ], project: .default)
            let summary = try #require(try await store.trace(Make.traceID(1), project: .default)).summary
            #expect(summary.usage.totalTokens == 1_500)
            #expect(summary.costUSD == 0.000_45)
            let buckets = try await store.metrics(
                MetricsQuery(project: .default, from: Make.time(ms: 0), to: Make.time(ms: 60_000), intervalSeconds: 60))
            #expect(buckets.map(\.count) == [1])
            #expect(buckets.map(\.inputTokens) == [1_000])
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
