import Logging
import Synchronization
import Testing
import WindsockStore

/// A backend that records the statements run in its transactions and answers none.
private final class RecordingBackend: SQLBackend {
    private final class Executor: SQLExecutor {
        let log = Mutex<[String]>([])

        func execute(_ statement: BoundStatement) async throws -> [ResultRow] {
            log.withLock { $0.append(statement.sql) }
            return []
        }
    }

    let dialect: SQLDialect
    private let executor = Executor()

    init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    var statements: [String] { executor.log.withLock { $0 } }

    func read(_ statement: BoundStatement) async throws -> [ResultRow] { [] }

    func transaction<Result: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> Result) async throws
        -> Result
    {
        try await body(executor)
    }

    func close() async throws {}
}

@Suite struct PlannerStatisticsTests {
    @Test func analyzesPostgresAfterTheFirstThousandSpansAndEachDoubling() async {
        let backend = RecordingBackend(dialect: .postgres)
        let statistics = PlannerStatistics(backend: backend, logger: Logger(label: "test"))
        var analyses: [Int] = []
        for batch in 1...40 {
            await statistics.didWrite(inserted: 100)
            if backend.statements.count > analyses.count { analyses.append(batch * 100) }
        }
        // 1,000 spans, then once the total reaches 2,000 and 4,000 (each twice the total at the last one).
        #expect(analyses == [1_000, 2_000, 4_000])
        #expect(backend.statements.allSatisfy { $0.hasPrefix("ANALYZE traces, spans") })
    }

    @Test func neverAnalyzesSQLite() async {
        let backend = RecordingBackend(dialect: .sqlite)
        let statistics = PlannerStatistics(backend: backend, logger: Logger(label: "test"))
        await statistics.didWrite(inserted: 50_000)
        #expect(backend.statements.isEmpty)
    }
}
