/// An 8-byte OpenTelemetry span id, shown as 16 lowercase hex digits.
public struct SpanID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The eight bytes, big-endian.
    public var value: UInt64

    /// Creates an id from its big-endian value.
    public init(_ value: UInt64) {
        self.value = value
    }

    /// Creates an id from exactly 8 bytes; `nil` for any other length or for the all-zero (invalid) id.
    public init?<Bytes: Collection<UInt8>>(bytes: Bytes) {
        guard bytes.count == 8 else { return nil }
        let value = HexIdentifier.integer(bytes)
        guard value != 0 else { return nil }
        self.init(value)
    }

    /// Parses 16 hex digits (either case); `nil` for anything else or for the all-zero id.
    public init?(hex: some StringProtocol) {
        guard let bytes = HexIdentifier.bytes(hex, count: 8) else { return nil }
        self.init(bytes: bytes)
    }

    /// The 8 bytes, big-endian.
    public var bytes: [UInt8] {
        HexIdentifier.bytes(of: value)
    }

    /// 16 lowercase hex digits.
    public var hex: String {
        HexIdentifier.hex(value)
    }

    public var description: String { hex }

    public static func < (lhs: SpanID, rhs: SpanID) -> Bool {
        lhs.value < rhs.value
    }
}
