import Foundation
import Testing
import WindsockModel

@testable import WindsockStore
@testable import WindsockStoreSQLite

/// A group commit stores what the same spans written one call at a time store: the traces' summaries and the
/// metrics rollup, whether a trace's summary comes from one call's prepared work or is worked out in the
/// transaction (spans of one new trace from two calls, a span repeated within a call, a trace stored before).
@Suite("Group commits of several write calls")
struct GroupCommitSummaryTests {
    private static let calls: [[Span]] = [
        // Trace 1 is new and comes from two calls of the same commit; trace 2 is new and whole in one call;
        // trace 3 repeats a span within its call.
        [
            Make.span(trace: 1, id: 1, name: "agent", user: "ana", session: "s1", tags: ["a"]),
            Make.span(
                trace: 1, id: 2, parent: 1, name: "chat", kind: .llm, start: 1, duration: 5, model: "mistral-small",
                inputTokens: 10, outputTokens: 3, cost: 0.25),
            Make.span(trace: 2, id: 3, name: "root", user: "bo", tags: ["b"]),
            Make.span(
                trace: 2, id: 4, parent: 3, name: "chat", kind: .llm, start: 2, duration: 7, model: "mistral-large",
                inputTokens: 20, outputTokens: 5, cost: 0.5),
        ],
        [
            Make.span(
                trace: 1, id: 5, parent: 1, name: "chat", kind: .llm, start: 3, duration: 4, status: .error,
                model: "mistral-small", inputTokens: 7, outputTokens: 1, cost: 0.125),
            Make.span(
                trace: 3, id: 6, name: "chat", kind: .llm, start: 4, duration: 2, model: "mistral-small",
                inputTokens: 1, outputTokens: 1, cost: 0.0625),
            Make.span(
                trace: 3, id: 6, name: "chat", kind: .llm, start: 4, duration: 2, model: "mistral-small",
                inputTokens: 1, outputTokens: 1, cost: 0.0625),
        ],
    ]

    @Test func aGroupCommitStoresWhatCallsOneByOneStore() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ws_group_\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A trace stored before the group commit, which one of its calls extends.
        let earlier = Make.span(trace: 4, id: 7, name: "root", user: "cy")
        let later = Make.span(
            trace: 4, id: 8, parent: 7, name: "chat", kind: .llm, start: 5, duration: 3, model: "mistral-large",
            inputTokens: 4, outputTokens: 2, cost: 0.03125)

        let joined = try await SQLiteBackend.open(
            SQLiteStoreConfiguration(path: folder.appendingPathComponent("joined.sqlite").path),
            logger: TestDatabase.logger)
        let joinedStore = SQLTraceStore(backend: joined, logger: TestDatabase.logger)
        try await joinedStore.migrate()
        _ = try await joinedStore.write([earlier], project: .default)
        let requests = (Self.calls + [[later]]).map { WriteRequest(project: .default, spans: $0) }
        let results = try await joined.transaction { executor in
            try await SpanWriter(dialect: .sqlite).write(requests, with: executor)
        }
        #expect(
            results == [
                WriteResult(inserted: 4, duplicates: 0), WriteResult(inserted: 2, duplicates: 1),
                WriteResult(inserted: 1, duplicates: 0),
            ])

        let single = try await SQLTraceStore.sqlite(
            SQLiteStoreConfiguration(path: folder.appendingPathComponent("single.sqlite").path),
            logger: TestDatabase.logger)
        try await single.migrate()
        for span in [earlier] + Self.calls.flatMap({ $0 }) + [later] {
            _ = try await single.write([span], project: .default)
        }

        for trace in UInt64(1)...4 {
            let expected = try #require(try await single.trace(Make.traceID(trace), project: .default))
            let actual = try #require(try await joinedStore.trace(Make.traceID(trace), project: .default))
            #expect(actual.summary == expected.summary)
            #expect(actual.spans.map(\.spanID) == expected.spans.map(\.spanID))
        }
        for grouping in [nil] + MetricsQuery.Grouping.allCases.map(Optional.some) {
            let query = MetricsQuery(
                project: .default, from: Make.time(ms: 0), to: Make.time(ms: 60_000), intervalSeconds: 60,
                groupBy: grouping)
            let expected = try await single.metrics(query)
            #expect(!expected.isEmpty)
            #expect(try await joinedStore.metrics(query) == expected)
        }
        try await single.close()
        try await joinedStore.close()
    }
}
