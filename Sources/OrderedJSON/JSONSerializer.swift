extension JSONValue {
    /// The compact serialisation (no whitespace between tokens), as the real API writes its bodies and
    /// stream events. Non-ASCII characters are written as UTF-8; non-finite numbers become `null`.
    public var compactString: String {
        var output = ""
        write(into: &output)
        return output
    }

    /// The serialisation with `", "` and `": "` separators, as Python's `json.dumps` writes tool-call
    /// arguments by default.
    public var spacedString: String {
        var output = ""
        write(into: &output, itemSeparator: ", ", keySeparator: ": ")
        return output
    }

    private func write(into output: inout String, itemSeparator: String = ",", keySeparator: String = ":") {
        switch self {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .int(let value):
            output += String(value)
        case .double(let value):
            output += Self.format(value)
        case .string(let value):
            Self.writeString(value, into: &output)
        case .array(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += itemSeparator }
                element.write(into: &output, itemSeparator: itemSeparator, keySeparator: keySeparator)
            }
            output += "]"
        case .object(let object):
            output += "{"
            for (position, member) in object.members.enumerated() {
                if position > 0 { output += itemSeparator }
                Self.writeString(member.key, into: &output)
                output += keySeparator
                member.value.write(into: &output, itemSeparator: itemSeparator, keySeparator: keySeparator)
            }
            output += "}"
        }
    }

    /// Formats a double the way Python's `repr` does for typical values: shortest round-trip digits, with
    /// a `.0` kept on integral values.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return value.description
    }

    /// Writes `value` quoted and escaped. Runs of bytes that need no escape are appended whole (the common
    /// case is one run per string), not scalar by scalar: this is on the hot path of every API answer and
    /// every stored span.
    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                if runStart < index {
                    output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                }
                switch byte {
                case UInt8(ascii: "\""): output += "\\\""
                case UInt8(ascii: "\\"): output += "\\\\"
                case UInt8(ascii: "\n"): output += "\\n"
                case UInt8(ascii: "\r"): output += "\\r"
                case UInt8(ascii: "\t"): output += "\\t"
                case 0x08: output += "\\b"
                case 0x0C: output += "\\f"
                default:
                    let hex = String(byte, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                runStart = index + 1
            }
            if runStart < bytes.count {
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            }
        }
        output += "\""
    }
}
