/// The bytes of an id written as text in OTLP/JSON: hex as the OTLP specification says, or base64 as the protobuf
/// JSON mapping (and swift-otel's JSON mode) writes bytes. The two never have the same length for 8- or 16-byte ids.
enum IdentifierText {
    /// The bytes of `text`, read as `count * 2` hex digits or as base64 (standard or URL-safe, padded or not) of
    /// `count` bytes; `nil` when it is neither. An empty text is zero bytes.
    static func bytes(_ text: String, count: Int) -> [UInt8]? {
        let utf8 = text.utf8
        if utf8.isEmpty { return [] }
        if utf8.count == count * 2, let bytes = hex(utf8) { return bytes }
        guard let bytes = base64(utf8), bytes.count == count else { return nil }
        return bytes
    }

    private static func hex(_ utf8: String.UTF8View) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count / 2)
        var high: UInt8?
        for character in utf8 {
            guard let value = hexValue(character) else { return nil }
            if let first = high {
                result.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return high == nil ? result : nil
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Decodes base64 (either alphabet, padding optional); `nil` for anything else.
    static func base64(_ utf8: String.UTF8View) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var padding = 0
        for character in utf8 {
            if character == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            guard padding == 0, let value = base64Value(character) else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                result.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        guard padding <= 2, bits < 6 else { return nil }
        return result
    }

    private static func base64Value(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): 63
        default: nil
        }
    }
}
