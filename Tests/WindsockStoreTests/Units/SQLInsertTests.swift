import Testing
import WindsockStore

@Suite struct SQLInsertTests {
    private static func rows(_ count: Int) -> [[SQLValue]] {
        (0..<count).map { [.integer($0), .text("row \($0)")] }
    }

    @Test func splitsRowsIntoPowerOfTwoStatementsInOrder() {
        let statements = SQLInsert.statements(
            .sqlite, table: "t", columns: ["a", "b"], rows: Self.rows(1_000), suffix: "ON CONFLICT DO NOTHING")
        // 1,000 = 3 × 256 + 128 + 64 + 32 + 8.
        #expect(statements.map { $0.binds.count / 2 } == [256, 256, 256, 128, 64, 32, 8])
        #expect(statements.flatMap(\.binds) == Self.rows(1_000).flatMap { $0 })
        #expect(statements.allSatisfy { $0.sql.hasSuffix(") ON CONFLICT DO NOTHING") })
        #expect(statements[6].sql.hasPrefix("INSERT INTO t (a, b) VALUES (?, ?), (?, ?)"))
    }

    @Test func batchesOfManySizesShareAFewStatementTexts() {
        var texts = Set<String>()
        for count in 1...600 {
            for statement in SQLInsert.statements(.sqlite, table: "t", columns: ["a", "b"], rows: Self.rows(count)) {
                texts.insert(statement.sql)
            }
        }
        #expect(texts.count == 9)  // 1, 2, 4, …, 256 rows
    }

    @Test func staysUnderTheDialectsBindLimit() {
        let columns = (0..<1_000).map { "c\($0)" }
        let row = columns.map { _ in SQLValue.integer(1) }
        // 32,766 binds at most on SQLite: 32 rows of 1,000 columns; 65,535 on PostgreSQL: 64.
        let sqlite = SQLInsert.statements(
            .sqlite, table: "t", columns: columns, rows: Array(repeating: row, count: 100))
        #expect(sqlite.map { $0.binds.count / 1_000 } == [32, 32, 32, 4])
        let postgres = SQLInsert.statements(
            .postgres, table: "t", columns: columns, rows: Array(repeating: row, count: 100))
        #expect(postgres.map { $0.binds.count / 1_000 } == [64, 32, 4])
    }

    @Test func powerOfTwoRangesCoverEveryItemOnce() {
        #expect(SQLInsert.powerOfTwoRanges(count: 0, maximum: 8) == [])
        #expect(SQLInsert.powerOfTwoRanges(count: 13, maximum: 8) == [0..<8, 8..<12, 12..<13])
        #expect(SQLInsert.powerOfTwoRanges(count: 5, maximum: 6) == [0..<4, 4..<5])
        #expect(SQLInsert.powerOfTwoRanges(count: 3, maximum: 0) == [0..<1, 1..<2, 2..<3])
    }

    @Test func postgresPlaceholdersAreNumberedPerStatement() {
        let statements = SQLInsert.statements(.postgres, table: "t", columns: ["a", "b"], rows: Self.rows(3))
        #expect(
            statements.map(\.sql) == [
                "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)", "INSERT INTO t (a, b) VALUES ($1, $2)",
            ])
    }
}
