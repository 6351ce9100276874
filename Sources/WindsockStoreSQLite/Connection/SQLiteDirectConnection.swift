import SQLiteNIO
import Synchronization
import VaporCSQLite
import WindsockStore

/// One SQLite connection driven through SQLite's C API, keeping every statement it prepares for the life of
/// the connection: the next statement with the same SQL text only binds its values and steps.
///
/// The store's statements come in few shapes (multi-row inserts are split into power-of-two row counts by
/// ``SQLInsert``), so the cache stays small; it is emptied if it ever holds more than ``maximumCachedStatements``.
/// Each call runs on the backend's thread pool, and the connection's state sits behind a mutex, so one
/// connection never runs two statements at once.
final class SQLiteDirectConnection: Sendable {
    /// The most prepared statements kept.
    static let maximumCachedStatements = 256

    /// The connection handle and its prepared statements; only touched while the mutex is held.
    private struct State {
        var handle: OpaquePointer?
        var statements: [String: OpaquePointer] = [:]
    }

    private let state: Mutex<State>
    private let threadPool: NIOThreadPool
    private let path: String

    private init(handle: sending OpaquePointer, path: String, threadPool: NIOThreadPool) {
        self.state = Mutex(State(handle: handle))
        self.path = path
        self.threadPool = threadPool
    }

    /// Opens (creating when missing) the database file at `path`; calls run on `threadPool`.
    static func open(path: String, threadPool: NIOThreadPool) async throws -> SQLiteDirectConnection {
        try await threadPool.runIfActive {
            var handle: OpaquePointer?
            let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
            let status = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
            guard status == SQLITE_OK, let handle else {
                let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0).map { String(cString: $0) } }
                sqlite_nio_sqlite3_close(handle)
                throw SQLiteFailure(code: status, message: message ?? "cannot open", path: path)
            }
            sqlite_nio_sqlite3_extended_result_codes(handle, 1)
            return SQLiteDirectConnection(handle: handle, path: path, threadPool: threadPool)
        }
    }

    /// Runs `statement` and returns its rows.
    func rows(_ statement: BoundStatement) async throws -> [ResultRow] {
        try await threadPool.runIfActive { try self.rowsOnCurrentThread(statement) }
    }

    /// Runs `statement` on the calling thread and returns its rows: for a caller already on a thread that may
    /// block (the writer's own, ``SQLiteWriterThread``).
    func rowsOnCurrentThread(_ statement: BoundStatement) throws -> [ResultRow] {
        try state.withLock { state in try Self.run(statement, in: &state, path: path) }
    }

    /// Finalizes every statement and closes the connection; later calls fail.
    func close() async throws {
        try await threadPool.runIfActive {
            self.state.withLock { state in
                Self.finalizeAll(&state)
                sqlite_nio_sqlite3_close(state.handle)
                state.handle = nil
            }
        }
    }

    private static func run(_ statement: BoundStatement, in state: inout State, path: String) throws -> [ResultRow] {
        guard let handle = state.handle else {
            throw SQLiteFailure(code: SQLITE_MISUSE, message: "the connection is closed", path: path)
        }
        let prepared = try self.prepared(statement.sql, in: &state, handle: handle, path: path)
        defer {
            sqlite_nio_sqlite3_reset(prepared)
            sqlite_nio_sqlite3_clear_bindings(prepared)
        }
        let parameterCount = Int(sqlite_nio_sqlite3_bind_parameter_count(prepared))
        guard parameterCount == statement.binds.count else {
            throw SQLiteFailure(
                code: SQLITE_RANGE,
                message: "the statement has \(parameterCount) placeholders but \(statement.binds.count) values",
                path: path)
        }
        for (offset, value) in statement.binds.enumerated() {
            let status = bind(value, at: Int32(offset + 1), of: prepared)
            guard status == SQLITE_OK else { throw failure(status, handle: handle, path: path) }
        }
        var rows: [ResultRow] = []
        let columnCount = sqlite_nio_sqlite3_column_count(prepared)
        while true {
            let status = sqlite_nio_sqlite3_step(prepared)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw failure(status, handle: handle, path: path) }
            var row: ResultRow = []
            row.reserveCapacity(Int(columnCount))
            for column in 0..<columnCount {
                row.append(value(at: column, of: prepared))
            }
            rows.append(row)
        }
    }

    private static func prepared(_ sql: String, in state: inout State, handle: OpaquePointer, path: String) throws
        -> OpaquePointer
    {
        if let cached = state.statements[sql] { return cached }
        if state.statements.count >= maximumCachedStatements { finalizeAll(&state) }
        var prepared: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(
            handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard status == SQLITE_OK else { throw failure(status, handle: handle, path: path) }
        guard let prepared else {
            throw SQLiteFailure(code: SQLITE_MISUSE, message: "the SQL text holds no statement", path: path)
        }
        state.statements[sql] = prepared
        return prepared
    }

    private static func finalizeAll(_ state: inout State) {
        for statement in state.statements.values {
            sqlite_nio_sqlite3_finalize(statement)
        }
        state.statements.removeAll()
    }

    /// SQLite copies bound values (`SQLITE_TRANSIENT`): the Swift buffers may go once the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func bind(_ value: SQLValue, at index: Int32, of statement: OpaquePointer) -> Int32 {
        switch value {
        case .null:
            return sqlite_nio_sqlite3_bind_null(statement, index)
        case .integer(let number):
            return sqlite_nio_sqlite3_bind_int64(statement, index, number)
        case .real(let number):
            return sqlite_nio_sqlite3_bind_double(statement, index, number)
        case .text(let text):
            var text = text
            return text.withUTF8 { utf8 in
                // A null pointer would bind NULL: an empty string binds an empty static C string instead.
                guard let base = utf8.baseAddress else {
                    return sqlite_nio_sqlite3_bind_text64(statement, index, "", 0, transient, UInt8(SQLITE_UTF8))
                }
                return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    sqlite_nio_sqlite3_bind_text64(
                        statement, index, $0, UInt64(utf8.count), transient, UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            return bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else {
                    return sqlite_nio_sqlite3_bind_zeroblob(statement, index, 0)
                }
                return sqlite_nio_sqlite3_bind_blob64(statement, index, base, UInt64(buffer.count), transient)
            }
        }
    }

    private static func value(at column: Int32, of statement: OpaquePointer) -> SQLValue {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite_nio_sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return .real(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .text("") }
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            guard let blob = sqlite_nio_sqlite3_column_blob(statement, column) else { return .blob([]) }
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    private static func failure(_ status: Int32, handle: OpaquePointer, path: String) -> SQLiteFailure {
        SQLiteFailure(
            code: status, message: sqlite_nio_sqlite3_errmsg(handle).map { String(cString: $0) } ?? "unknown error",
            path: path)
    }
}

/// An error SQLite reported: its (extended) result code and message.
struct SQLiteFailure: Error, CustomStringConvertible {
    /// SQLite's extended result code.
    var code: Int32
    /// SQLite's message.
    var message: String
    /// The database file.
    var path: String

    var description: String { "SQLite error \(code) on \(path): \(message)" }
}
