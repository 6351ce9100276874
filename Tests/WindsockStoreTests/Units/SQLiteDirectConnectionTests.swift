import Foundation
import SQLiteNIO
import Testing
import WindsockStore

@testable import WindsockStoreSQLite

@Suite struct SQLiteDirectConnectionTests {
    /// Opens a database in a fresh folder, runs `body`, then closes it and removes the folder.
    private func withDatabase(_ body: (SQLiteDirectConnection) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("windsock-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let database = try await SQLiteDirectConnection.open(
            path: folder.appendingPathComponent("t.sqlite").path, threadPool: pool)
        do {
            try await body(database)
            try await database.close()
        } catch {
            try? await database.close()
            try? await pool.shutdownGracefully()
            throw error
        }
        try await pool.shutdownGracefully()
    }

    @Test func reusedStatementsBindEachCallsValues() async throws {
        try await withDatabase { database in
            _ = try await database.rows(BoundStatement("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)"))
            let insert = "INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?) RETURNING i"
            let values: [[SQLValue]] = [
                [.integer(1), .real(1.5), .text("one ü 😀"), .blob([0, 1, 255])],
                [.integer(2), .null, .text(""), .blob([])],
                [.integer(3), .real(-0.25), .null, .null],
            ]
            for row in values {
                #expect(try await database.rows(BoundStatement(insert, binds: row)) == [[row[0]]])
            }
            let rows = try await database.rows(BoundStatement("SELECT i, r, s, b FROM t ORDER BY i"))
            // Empty text and blobs stay empty values, not NULL.
            #expect(rows == values)
            let typed = try await database.rows(
                BoundStatement("SELECT typeof(s), typeof(b) FROM t WHERE i = ?", binds: [.integer(2)]))
            #expect(typed == [[.text("text"), .text("blob")]])
        }
    }

    @Test func failuresNameTheCauseAndLeaveTheConnectionUsable() async throws {
        try await withDatabase { database in
            _ = try await database.rows(BoundStatement("CREATE TABLE t (k INTEGER PRIMARY KEY)"))
            let insert = BoundStatement("INSERT INTO t (k) VALUES (?)", binds: [.integer(7)])
            _ = try await database.rows(insert)
            let duplicate = await #expect(throws: SQLiteFailure.self) { try await database.rows(insert) }
            #expect(duplicate?.message.contains("UNIQUE constraint failed") == true)
            let syntax = await #expect(throws: SQLiteFailure.self) {
                try await database.rows(BoundStatement("SELEKT 1"))
            }
            #expect(syntax?.message.contains("syntax error") == true)
            await #expect(throws: SQLiteFailure.self) {
                try await database.rows(BoundStatement("SELECT ?", binds: [.integer(1), .integer(2)]))
            }
            #expect(try await database.rows(BoundStatement("SELECT count(*) FROM t")) == [[.integer(1)]])
        }
    }
}
