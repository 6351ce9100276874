import SQLiteNIO
import Synchronization
import WindsockStore

/// Collects the rows that SQLiteNIO hands over one by one on its thread pool.
private final class RowCollector: Sendable {
    let rows = Mutex<[ResultRow]>([])
}

extension SQLiteConnection {
    /// Runs `statement` and returns its rows as ``SQLValue``s.
    func rows(_ statement: BoundStatement) async throws -> [ResultRow] {
        let collector = RowCollector()
        try await query(statement.sql, statement.binds.map(\.sqliteData)) { row in
            let values = row.columns.map { SQLValue($0.data) }
            collector.rows.withLock { $0.append(values) }
        }
        return collector.rows.withLock { $0 }
    }
}

extension SQLValue {
    /// The value read from SQLite.
    init(_ data: SQLiteData) {
        switch data {
        case .integer(let value): self = .integer(Int64(value))
        case .float(let value): self = .real(value)
        case .text(let value): self = .text(value)
        case .blob(let buffer): self = .blob(Array(buffer.readableBytesView))
        case .null: self = .null
        }
    }

    /// The value bound in SQLite.
    var sqliteData: SQLiteData {
        switch self {
        case .null: .null
        case .integer(let value): .integer(Int(value))
        case .real(let value): .float(value)
        case .text(let value): .text(value)
        case .blob(let bytes): .blob(ByteBuffer(bytes: bytes))
        }
    }
}

/// Runs the statements of the writer's current transaction.
struct SQLiteExecutor: SQLExecutor {
    let connection: SQLiteConnection

    func execute(_ statement: BoundStatement) async throws -> [ResultRow] {
        try await connection.rows(statement)
    }
}
