import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@Suite("Store writes")
struct WriteTests {
    @Test(arguments: StoreKind.allCases)
    func batchedWriteReadsBackEverySpanExactly(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let root = Make.span(
                trace: 1, id: 1, name: "answer question", kind: .agent, start: 0, duration: 1_000,
                input: ["question": "capital?"], output: "Paris.")
            let chat = Make.richChatSpan(trace: 1, id: 2, parent: 1)
            let question = "Which city is the capital of France, and since when?"
            var tool = Make.span(
                trace: 1, id: 3, parent: 1, name: "lookup", kind: .tool, start: 810, duration: 50,
                input: .string(question), output: "Paris, since 508.")
            tool.attributes = JSONObject([("input.value", .string(question)), ("output.value", "Paris, since 508.")])
            tool.resourceAttributes = JSONObject([("service.name", "tools"), ("host.name", "h1")])
            let result = try await store.write([tool, chat, root], project: .default)
            #expect(result == WriteResult(inserted: 3, duplicates: 0))

            let detail = try #require(try await store.trace(Make.traceID(1), project: .default))
            #expect(detail.spans == [root, chat, tool])
            let summary = detail.summary
            #expect(summary.name == "answer question")
            #expect(summary.startTime == Make.time(ms: 0))
            #expect(summary.endTime == Make.time(ms: 1_000))
            #expect(summary.status == .ok)
            #expect(summary.spanCount == 3)
            #expect(summary.errorCount == 0)
            #expect(summary.usage == TokenUsage(inputTokens: 21, outputTokens: 3, totalTokens: 24))
            #expect(summary.costUSD == 0.000_012_5)
            #expect(summary.models == ["mistral-small-2503"])
            #expect(summary.userID == "user-1")
            #expect(summary.sessionID == "session-1")
            #expect(summary.tags == ["geo", "prod"])
            #expect(summary.metadata == JSONObject([("tenant", "acme")]))
            #expect(summary.input == ["question": "capital?"])
            #expect(summary.output == "Paris.")
            #expect(try await store.traces(TraceQuery(project: .default)).traces == [summary])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func redeliveryInsertsNothing(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let spans = [
                Make.span(trace: 1, id: 1, name: "root"),
                Make.span(
                    trace: 1, id: 2, parent: 1, kind: .llm, model: "m", inputTokens: 5, outputTokens: 1, cost: 0.5),
            ]
            #expect(try await store.write(spans, project: .default) == WriteResult(inserted: 2, duplicates: 0))
            let changed = spans.map { span in
                var copy = span
                copy.name = "changed"
                return copy
            }
            #expect(try await store.write(changed, project: .default) == WriteResult(inserted: 0, duplicates: 2))
            #expect(
                try await store.write([spans[0], spans[0], Make.span(trace: 1, id: 3, parent: 1)], project: .default)
                    == WriteResult(inserted: 1, duplicates: 2))
            let detail = try #require(try await store.trace(Make.traceID(1), project: .default))
            #expect(detail.summary.spanCount == 3)
            #expect(detail.summary.name == "root")
            #expect(detail.summary.costUSD == 0.5)
            #expect(detail.spans.map(\.name) == ["root", "step", "step"])
            let metrics = try await store.metrics(
                MetricsQuery(
                    project: .default, from: Make.time(ms: -60_000), to: Make.time(ms: 60_000), intervalSeconds: 3_600))
            #expect(metrics.map(\.count) == [1])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func outOfOrderSpansAndMissingParentsKeepTheSummaryRight(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let trace = Make.traceID(7)
            func summary() async throws -> TraceSummary {
                try #require(try await store.trace(trace, project: .default)).summary
            }
            // A grandchild arrives first: its parent is missing, so it stands in for the root.
            _ = try await store.write(
                [
                    Make.span(
                        trace: 7, id: 30, parent: 20, name: "grandchild", kind: .llm, start: 50, duration: 10,
                        status: .error,
                        model: "b", inputTokens: 1, output: "late answer")
                ],
                project: .default)
            var current = try await summary()
            #expect(current.name == "grandchild")
            #expect(current.status == .error)
            #expect(current.costUSD == nil)
            #expect(current.output == "late answer")
            // An earlier orphan replaces it as the stand-in.
            _ = try await store.write(
                [Make.span(trace: 7, id: 20, parent: 10, name: "child", start: 20, duration: 100, user: "u2")],
                project: .default)
            current = try await summary()
            #expect(current.name == "child")
            #expect(current.userID == "u2")
            #expect(current.startTime == Make.time(ms: 20))
            // The root arrives last.
            _ = try await store.write(
                [
                    Make.span(
                        trace: 7, id: 10, name: "root", start: 10, duration: 200, user: "u1", input: "hi", output: "bye"
                    )
                ],
                project: .default)
            current = try await summary()
            #expect(current.name == "root")
            #expect(current.userID == "u1")
            #expect(current.input == "hi")
            #expect(current.output == "bye")
            #expect(current.startTime == Make.time(ms: 10))
            #expect(current.endTime == Make.time(ms: 210))
            #expect(current.spanCount == 3)
            #expect(current.errorCount == 1)
            #expect(current.usage.inputTokens == 1)
            #expect(current.models == ["b"])
            // A span that names the trace wins over the root's name.
            _ = try await store.write(
                [
                    Make.span(
                        trace: 7, id: 40, parent: 10, name: "namer", start: 300, duration: 1, traceName: "checkout")
                ],
                project: .default)
            current = try await summary()
            #expect(current.name == "checkout")
            #expect(current.endTime == Make.time(ms: 301))
            let order = try #require(try await store.trace(trace, project: .default)).spans.map(\.name)
            #expect(order == ["root", "child", "grandchild", "namer"])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func orphansAreListedBeforeTheirSiblingsChildren(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            _ = try await store.write(
                [
                    Make.span(trace: 2, id: 5, parent: 99, name: "orphan-late", start: 40),
                    Make.span(trace: 2, id: 4, parent: 3, name: "child", start: 30),
                    Make.span(trace: 2, id: 3, parent: 98, name: "orphan-early", start: 20),
                    Make.span(trace: 2, id: 6, parent: 3, name: "first-child", start: 25),
                ], project: .default)
            let spans = try #require(try await store.trace(Make.traceID(2), project: .default)).spans
            #expect(spans.map(\.name) == ["orphan-early", "first-child", "child", "orphan-late"])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentWritesAreAllCommitted(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let results = try await withThrowingTaskGroup(of: WriteResult.self) { group in
                for writer in 0..<40 {
                    group.addTask {
                        let spans = (0..<5).map { index in
                            Make.span(
                                trace: UInt64(writer % 8), id: UInt64(writer * 10 + index + 1), kind: .llm,
                                start: Double(writer), model: "m", inputTokens: 1)
                        }
                        return try await store.write(spans, project: .default)
                    }
                }
                return try await group.reduce(into: [WriteResult]()) { $0.append($1) }
            }
            #expect(results.reduce(0) { $0 + $1.inserted } == 200)
            let page = try await store.traces(TraceQuery(project: .default, limit: 100))
            #expect(page.traces.count == 8)
            #expect(page.traces.allSatisfy { $0.spanCount == 25 && $0.usage.inputTokens == 25 })
        }
    }

    @Test(arguments: StoreKind.allCases)
    func badInputFailsOnlyItsOwnCall(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let good = Make.span(trace: 1, id: 1, name: "fine")
            let bad = Make.span(trace: 2, id: 1, name: "nul\u{0}name")
            #expect(try await store.write([good], project: .default) == WriteResult(inserted: 1, duplicates: 0))
            await expectStoreError(.invalidInput) { try await store.write([bad], project: .default) }
            #expect(try await store.trace(Make.traceID(1), project: .default) != nil)
            #expect(try await store.trace(Make.traceID(2), project: .default) == nil)
            #expect(try await store.write([], project: .default) == WriteResult(inserted: 0, duplicates: 0))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func migratingAgainAndFromSeveralInstancesIsHarmless(_ kind: StoreKind) async throws {
        try await withDatabase(kind) { database in
            let first = try await database.open()
            let second = try await database.open()
            async let a: Void = first.migrate()
            async let b: Void = second.migrate()
            _ = try await (a, b)
            _ = try await first.write([Make.span(trace: 1, id: 1)], project: .default)
            #expect(try await second.trace(Make.traceID(1), project: .default)?.spans.count == 1)
            try await first.close()
            try await second.close()
        }
    }
}
