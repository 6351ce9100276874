import Logging
import PostgresKit
import WindsockStore

extension BoundStatement {
    /// The statement as PostgresNIO sends it.
    var postgresQuery: PostgresQuery {
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let integer): bindings.append(integer)
            case .real(let real): bindings.append(real)
            case .text(let text): bindings.append(text)
            case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}

extension PostgresRowSequence {
    /// Every row as ``SQLValue``s.
    func values() async throws -> [ResultRow] {
        var rows: [ResultRow] = []
        for try await row in self {
            rows.append(try row.map(SQLValue.init(cell:)))
        }
        return rows
    }
}

extension SQLValue {
    /// The value of a cell, by its PostgreSQL type.
    init(cell: PostgresCell) throws {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        switch cell.dataType {
        case .int8: self = .integer(try cell.decode(Int64.self))
        case .int4: self = .integer(Int64(try cell.decode(Int32.self)))
        case .int2: self = .integer(Int64(try cell.decode(Int16.self)))
        case .bool: self = .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .float8: self = .real(try cell.decode(Double.self))
        case .float4: self = .real(Double(try cell.decode(Float.self)))
        case .bytea: self = .blob(Array(try cell.decode(ByteBuffer.self).readableBytesView))
        case .text, .varchar, .name, .bpchar: self = .text(try cell.decode(String.self))
        default:
            // Statements select no other types but `void` (the result of `pg_advisory_xact_lock`): keep the bytes.
            self = .text(
                String(decoding: cell.bytes?.readableBytesView ?? ByteBuffer().readableBytesView, as: UTF8.self))
        }
    }
}

/// Runs the statements of one transaction on its connection.
struct PostgresExecutor: SQLExecutor {
    let connection: PostgresConnection
    let logger: Logger

    func execute(_ statement: BoundStatement) async throws -> [ResultRow] {
        try await connection.query(statement.postgresQuery, logger: logger).values()
    }
}
