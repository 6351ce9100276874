/// A value bound to, or read from, an SQL statement, the same for SQLite and PostgreSQL.
package enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// `.null` for `nil`, else `.text`.
    package static func text(_ value: String?) -> SQLValue {
        value.map { .text($0) } ?? .null
    }

    /// `.null` for `nil`, else `.integer`.
    package static func integer(_ value: Int?) -> SQLValue {
        value.map { .integer(Int64($0)) } ?? .null
    }

    /// `.null` for `nil`, else `.real`.
    package static func real(_ value: Double?) -> SQLValue {
        value.map { .real($0) } ?? .null
    }

    /// The integer, or `nil` for anything else (a real with no fraction counts).
    package var int: Int? {
        switch self {
        case .integer(let value): Int(exactly: value)
        case .real(let value): Int(exactly: value)
        default: nil
        }
    }

    /// The number as a double, or `nil`.
    package var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    /// The text, or `nil`.
    package var string: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The bytes, or `nil`.
    package var bytes: [UInt8]? {
        if case .blob(let value) = self { return value }
        return nil
    }
}

/// One result row: its values in the order of the statement's columns.
package typealias ResultRow = [SQLValue]
