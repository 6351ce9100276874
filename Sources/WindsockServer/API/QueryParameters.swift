import WindsockModel

/// The query string of a request, decoded as HTML forms encode it (`+` is a space, `%XX` a byte).
///
/// Each accessor validates one parameter and throws a 400 ``APIError`` naming it.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    /// Decodes `query` (the part after `?`, without it); the first occurrence of a name wins.
    init(_ query: String?) {
        guard let query else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            guard values[name] == nil else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    /// The parameter's text; `nil` when absent. Empty values count as absent.
    func string(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// An integer in `range`; `nil` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .invalidParameter(name, "expected an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// An RFC 3339 time; `nil` when absent.
    func timestamp(_ name: String) throws(APIError) -> Timestamp? {
        guard let text = string(name) else { return nil }
        guard let value = RFC3339.parse(text) else {
            throw .invalidParameter(name, "expected an RFC 3339 time such as 2025-01-31T12:00:00Z")
        }
        return value
    }

    /// One of an enumeration's raw values; `nil` when absent.
    func choice<Value: RawRepresentable & CaseIterable>(_ name: String, of type: Value.Type) throws(APIError)
        -> Value?
    where Value.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidParameter(name, "expected one of \(allowed)")
        }
        return value
    }

    /// A trace id (32 hex digits); `nil` when absent.
    func traceID(_ name: String) throws(APIError) -> TraceID? {
        guard let text = string(name) else { return nil }
        guard let value = TraceID(hex: text) else {
            throw .invalidParameter(name, "expected a trace id of 32 hex digits")
        }
        return value
    }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next() else {
                    bytes.append(byte)
                    break
                }
                guard let low = iterator.next() else {
                    bytes += [byte, high]
                    break
                }
                if let high = hexValue(high), let low = hexValue(low) {
                    bytes.append(high << 4 | low)
                } else {
                    bytes += [byte, high, low]
                }
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
