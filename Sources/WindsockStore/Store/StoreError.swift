/// Why a store refused a call. Nothing stored before the failing call is lost.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: String, Hashable, Sendable {
        /// A span, score or key cannot be stored as given (e.g. a NUL character in a text field).
        case invalidInput
        /// A query's parameters are out of range (e.g. a page size over 1000).
        case invalidQuery
        /// The database holds a schema newer than this version of Windsock knows.
        case unsupportedSchema
        /// The configuration cannot be used (e.g. a malformed PostgreSQL URL).
        case invalidConfiguration
        /// A key with the same id or secret hash exists.
        case duplicateKey
        /// The store was closed.
        case closed
    }

    /// The kind of failure.
    public var kind: Kind
    /// What went wrong, for people.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
