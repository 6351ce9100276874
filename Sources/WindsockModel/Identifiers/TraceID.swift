/// A 16-byte OpenTelemetry trace id, shown as 32 lowercase hex digits.
public struct TraceID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first eight bytes, big-endian.
    public var high: UInt64
    /// The last eight bytes, big-endian.
    public var low: UInt64

    /// Creates an id from its two big-endian halves.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Creates an id from exactly 16 bytes; `nil` for any other length or for the all-zero (invalid) id.
    public init?<Bytes: Collection<UInt8>>(bytes: Bytes) {
        guard bytes.count == 16 else { return nil }
        let high = HexIdentifier.integer(bytes.prefix(8))
        let low = HexIdentifier.integer(bytes.dropFirst(8))
        guard high != 0 || low != 0 else { return nil }
        self.init(high: high, low: low)
    }

    /// Parses 32 hex digits (either case); `nil` for anything else or for the all-zero id.
    public init?(hex: some StringProtocol) {
        guard let bytes = HexIdentifier.bytes(hex, count: 16) else { return nil }
        self.init(bytes: bytes)
    }

    /// The 16 bytes, big-endian.
    public var bytes: [UInt8] {
        HexIdentifier.bytes(of: high) + HexIdentifier.bytes(of: low)
    }

    /// 32 lowercase hex digits.
    public var hex: String {
        HexIdentifier.hex(high) + HexIdentifier.hex(low)
    }

    public var description: String { hex }

    public static func < (lhs: TraceID, rhs: TraceID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
