import Testing
import WindsockModel
import WindsockStore

@Suite("Store score lookups for many traces")
struct ScoreLookupTests {
    @Test(arguments: StoreKind.allCases)
    func scoresOfManyTracesInOneCallMatchTheOneByOneLookup(_ kind: StoreKind) async throws {
        try await withStore(kind) { store async throws in
            let other = try #require(ProjectID(rawValue: "other"))
            for number in 1...3 {
                for index in 0..<number {
                    try await store.addScore(
                        Score(
                            id: "s-\(number)-\(index)", traceID: Make.traceID(UInt64(number)),
                            name: "n", value: .number(Double(index)), createdAt: Make.time(ms: Double(10 - index))),
                        project: .default)
                }
            }
            try await store.addScore(
                Score(
                    id: "elsewhere", traceID: Make.traceID(1), name: "n", value: .number(9), createdAt: Make.time(ms: 0)
                ),
                project: other)
            let asked = (1...4).map { Make.traceID(UInt64($0)) } + (5...1_200).map { Make.traceID(UInt64($0)) }
            let found = try await store.scores(traceIDs: asked, project: .default)
            #expect(found.keys.sorted() == [Make.traceID(1), Make.traceID(2), Make.traceID(3)])
            for number in 1...3 {
                let one = try await store.scores(traceID: Make.traceID(UInt64(number)), project: .default)
                #expect(found[Make.traceID(UInt64(number))] == one)
                #expect(one.map(\.id).first == "s-\(number)-\(number - 1)")
            }
            #expect(try await store.scores(traceIDs: [], project: .default).isEmpty)
            #expect(try await store.scores(traceIDs: [Make.traceID(1)], project: other)[Make.traceID(1)]?.count == 1)
        }
    }
}
