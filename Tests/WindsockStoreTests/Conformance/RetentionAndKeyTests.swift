import Testing
import WindsockModel
import WindsockStore

@Suite("Store retention and keys")
struct RetentionAndKeyTests {
    @Test(arguments: StoreKind.allCases)
    func retentionDeletesOldTracesWithTheirSpansAndScores(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let other = try #require(ProjectID(rawValue: "other"))
            for trace in UInt64(1)...6 {
                let start = Double(trace) * 120_000
                _ = try await store.write(
                    [
                        Make.span(trace: trace, id: 1, start: start, tags: ["t"]),
                        Make.span(trace: trace, id: 2, parent: 1, kind: .llm, start: start, model: "m"),
                    ], project: trace.isMultiple(of: 2) ? other : .default)
                try await store.addScore(
                    Score(
                        id: "score-\(trace)", traceID: Make.traceID(trace), name: "n", value: .number(1),
                        createdAt: Make.time(ms: start)),
                    project: trace.isMultiple(of: 2) ? other : .default)
            }
            try await store.addScore(
                Score(
                    id: "orphan", traceID: Make.traceID(99), name: "n", value: .number(1), createdAt: Make.time(ms: 0)),
                project: .default)
            let deleted = try await store.deleteTraces(startedBefore: Make.time(ms: 4 * 120_000))
            #expect(deleted == 3)
            #expect(try await store.traces(TraceQuery(project: .default, tag: "t")).traces.map(\.traceID.low) == [5])
            #expect(try await store.traces(TraceQuery(project: other)).traces.map(\.traceID.low) == [6, 4])
            #expect(try await store.trace(Make.traceID(3), project: .default) == nil)
            #expect(try await store.scores(traceID: Make.traceID(3), project: .default).isEmpty)
            #expect(try await store.scores(traceID: Make.traceID(99), project: .default).isEmpty)
            #expect(try await store.scores(traceID: Make.traceID(4), project: other).count == 1)
            // Re-delivering a deleted trace's span stores it again.
            #expect(
                try await store.write([Make.span(trace: 1, id: 1, start: 120_000)], project: .default).inserted == 1)
            #expect(try await store.deleteTraces(startedBefore: Make.time(ms: 0)) == 0)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func keysAreStoredByHashAndRevoked(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let keys = store.keys
            #expect(try await keys.hasKeys() == false)
            let acme = Project(id: try #require(ProjectID(rawValue: "acme")), name: "Acme", createdAt: Make.time(ms: 0))
            try await keys.createProject(acme)
            try await keys.createProject(Project(id: acme.id, name: "Renamed", createdAt: Make.time(ms: 5)))
            try await keys.createProject(Project(id: .default, name: "Default", createdAt: Make.time(ms: 1)))
            #expect(
                try await keys.projects() == [
                    acme, Project(id: .default, name: "Default", createdAt: Make.time(ms: 1)),
                ])

            let ingest = APIKeyRecord(
                id: "k1", project: acme.id, scope: .ingest, name: "collector", prefix: "wsk_ingest_ab12",
                secretHash: String(repeating: "a", count: 64), createdAt: Make.time(ms: 10))
            let read = APIKeyRecord(
                id: "k2", project: .default, scope: .read, name: "ui", prefix: "wsk_read_cd34",
                secretHash: String(repeating: "b", count: 64), createdAt: Make.time(ms: 20))
            try await keys.insertKey(ingest)
            try await keys.insertKey(read)
            await expectStoreError(.duplicateKey) { try await keys.insertKey(ingest) }
            var sameHash = read
            sameHash.id = "k3"
            await expectStoreError(.duplicateKey) { try await keys.insertKey(sameHash) }

            #expect(try await keys.hasKeys())
            #expect(try await keys.key(secretHash: ingest.secretHash) == ingest)
            #expect(try await keys.key(secretHash: String(repeating: "c", count: 64)) == nil)
            #expect(try await keys.keys(project: acme.id) == [ingest])
            #expect(try await keys.keys(project: nil) == [ingest, read])

            #expect(try await keys.revokeKey(id: "k1", at: Make.time(ms: 30)))
            #expect(try await keys.revokeKey(id: "k1", at: Make.time(ms: 40)))
            #expect(try await keys.revokeKey(id: "missing", at: Make.time(ms: 40)) == false)
            #expect(try await keys.key(secretHash: ingest.secretHash)?.revokedAt == Make.time(ms: 30))
            #expect(try await keys.hasKeys())
        }
    }
}
