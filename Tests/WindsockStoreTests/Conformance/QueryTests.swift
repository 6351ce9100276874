import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@Suite("Store queries")
struct QueryTests {
    /// Six traces, one per second, with varied models, users, sessions, tags, names and statuses.
    private func seed(_ store: SQLTraceStore, project: ProjectID = .default) async throws {
        let rows:
            [(
                trace: UInt64, name: String, model: String, user: String, session: String, tag: String,
                status: SpanStatus, text: String
            )] = [
                (1, "chat", "mistral-small", "alice", "s1", "prod", .ok, "Bonjour Le Monde"),
                (2, "chat", "mistral-large", "bob", "s1", "dev", .error, "100% sure_thing"),
                (3, "rag", "mistral-small", "alice", "s2", "prod", .ok, "say \"quoted\" words"),
                (4, "rag", "mistral-embed", "carol", "s2", "dev", .ok, "nothing here"),
                (5, "chat", "mistral-large", "alice", "s1", "prod", .error, "ÉCLAIR au café"),
                (6, "agent", "mistral-small", "bob", "s3", "prod", .ok, "line one\nline two"),
            ]
        for row in rows {
            let start = Double(row.trace) * 1_000
            _ = try await store.write(
                [
                    Make.span(
                        trace: row.trace, id: 1, name: row.name, start: start, duration: 500, user: row.user,
                        session: row.session, tags: [row.tag]),
                    Make.span(
                        trace: row.trace, id: 2, parent: 1, name: "call", kind: .llm, start: start + 10, duration: 100,
                        status: row.status, model: row.model, inputTokens: 10, outputTokens: 5,
                        output: .string(row.text)),
                ], project: project)
        }
    }

    private func ids(_ store: SQLTraceStore, _ query: TraceQuery) async throws -> [UInt64] {
        try await store.traces(query).traces.map(\.traceID.low)
    }

    @Test(arguments: StoreKind.allCases)
    func everyFilterSelectsItsTraces(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            try await seed(store)
            let all = TraceQuery(project: .default)
            #expect(try await ids(store, all) == [6, 5, 4, 3, 2, 1])
            var query = all
            query.from = Make.time(ms: 2_000)
            query.to = Make.time(ms: 5_000)
            #expect(try await ids(store, query) == [4, 3, 2])
            query = all
            query.model = "mistral-small"
            #expect(try await ids(store, query) == [6, 3, 1])
            query = all
            query.status = .error
            #expect(try await ids(store, query) == [5, 2])
            query.status = .ok
            #expect(try await ids(store, query) == [6, 4, 3, 1])
            query = all
            query.userID = "alice"
            #expect(try await ids(store, query) == [5, 3, 1])
            query = all
            query.sessionID = "s2"
            #expect(try await ids(store, query) == [4, 3])
            query = all
            query.tag = "dev"
            #expect(try await ids(store, query) == [4, 2])
            query = all
            query.name = "chat"
            #expect(try await ids(store, query) == [5, 2, 1])
            query = all
            query.name = "chat"
            query.userID = "alice"
            query.status = .ok
            #expect(try await ids(store, query) == [1])
            query = all
            query.model = "nope"
            #expect(try await ids(store, query) == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func textSearchIsACaseInsensitiveSubstringOfInputsAndOutputs(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            try await seed(store)
            func search(_ text: String) async throws -> [UInt64] {
                try await ids(store, TraceQuery(project: .default, text: text))
            }
            #expect(try await search("le monde") == [1])
            #expect(try await search("BONJOUR") == [1])
            #expect(try await search("100%") == [2])
            #expect(try await search("e_t") == [2])
            #expect(try await search("%") == [2])
            #expect(try await search("\"quoted\"") == [3])
            #expect(try await search("one\nline") == [6])
            #expect(try await search("au café") == [5])
            #expect(try await search("absent") == [])
            _ = try await store.write(
                [Make.span(trace: 9, id: 1, start: 9_000, input: ["messages": ["Where is Timbuktu?"]])],
                project: .default)
            #expect(try await search("timbuktu") == [9])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func cursorPagesThroughEveryTraceOnce(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            // Eight traces; 3 and 4 start at the same time, so the trace id breaks the tie.
            let starts: [UInt64: Double] = [1: 100, 2: 200, 3: 300, 4: 300, 5: 500, 6: 600, 7: 700, 8: 800]
            for (trace, start) in starts {
                _ = try await store.write([Make.span(trace: trace, id: 1, start: start)], project: .default)
            }
            var seen: [UInt64] = []
            var query = TraceQuery(project: .default, limit: 3)
            var pages = 0
            repeat {
                let page = try await store.traces(query)
                seen += page.traces.map(\.traceID.low)
                query.cursor = page.nextCursor
                pages += 1
                if let cursor = page.nextCursor {
                    #expect(TraceCursor(token: cursor.token) == cursor)
                }
            } while query.cursor != nil && pages < 10
            #expect(seen == [8, 7, 6, 5, 4, 3, 2, 1])
            #expect(pages == 3)
            var filtered = TraceQuery(project: .default, from: Make.time(ms: 250), limit: 2)
            let first = try await store.traces(filtered)
            #expect(first.traces.map(\.traceID.low) == [8, 7])
            filtered.cursor = first.nextCursor
            #expect(try await store.traces(filtered).traces.map(\.traceID.low) == [6, 5])
            await expectStoreError(.invalidQuery) { try await store.traces(TraceQuery(project: .default, limit: 0)) }
            await expectStoreError(.invalidQuery) { try await store.traces(TraceQuery(project: .default, limit: 1001)) }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func sessionListsItsTracesOldestFirst(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            try await seed(store)
            #expect(try await store.session("s1", project: .default).map(\.traceID.low) == [1, 2, 5])
            #expect(try await store.session("s3", project: .default).map(\.name) == ["agent"])
            #expect(try await store.session("none", project: .default).isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func scoresMayComeBeforeTheirTrace(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let trace = Make.traceID(3)
            let scores = [
                Score(
                    id: "s-1", traceID: trace, name: "user_feedback", value: .boolean(true), createdAt: Make.time(ms: 1)
                ),
                Score(
                    id: "s-2", traceID: trace, spanID: Make.spanID(2), name: "correctness", value: .number(0.75),
                    comment: "mostly", source: .llm, author: "judge", createdAt: Make.time(ms: 2)),
                Score(
                    id: "s-3", traceID: trace, name: "topic", value: .category("geo"), source: .code,
                    createdAt: Make.time(ms: 3)),
            ]
            for score in scores.reversed() {
                try await store.addScore(score, project: .default)
            }
            try await store.addScore(scores[0], project: .default)
            #expect(try await store.scores(traceID: trace, project: .default) == scores)
            #expect(try await store.trace(trace, project: .default) == nil)
            _ = try await store.write([Make.span(trace: 3, id: 1)], project: .default)
            #expect(try await store.trace(trace, project: .default)?.scores == scores)
            #expect(try await store.scores(traceID: Make.traceID(4), project: .default).isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func nothingCrossesProjects(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let other = try #require(ProjectID(rawValue: "other"))
            try await seed(store)
            _ = try await store.write(
                [Make.span(trace: 1, id: 1, name: "other-root", kind: .llm, start: 1_000, model: "x", session: "s1")],
                project: other)
            try await store.addScore(
                Score(id: "s", traceID: Make.traceID(1), name: "n", value: .number(1), createdAt: Make.time(ms: 0)),
                project: other)
            #expect(try await ids(store, TraceQuery(project: other)) == [1])
            #expect(try await store.trace(Make.traceID(1), project: other)?.spans.map(\.name) == ["other-root"])
            #expect(try await store.trace(Make.traceID(1), project: .default)?.summary.name == "chat")
            #expect(try await store.trace(Make.traceID(1), project: .default)?.scores == [])
            #expect(try await store.session("s1", project: other).map(\.name) == ["other-root"])
            #expect(try await store.scores(traceID: Make.traceID(1), project: .default).isEmpty)
            let metrics = try await store.metrics(
                MetricsQuery(
                    project: other, from: Make.time(ms: -60_000), to: Make.time(ms: 60_000), intervalSeconds: 3_600))
            #expect(metrics.map(\.count) == [1])
            #expect(try await ids(store, TraceQuery(project: other, text: "bonjour")) == [])
        }
    }
}
