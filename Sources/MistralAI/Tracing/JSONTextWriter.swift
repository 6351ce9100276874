/// Writes compact JSON text straight into one byte buffer, reserved up front: what span attributes holding JSON
/// (`gen_ai.input.messages`, `gen_ai.output.messages`, …) are built with, so that tracing a call builds no
/// `JSONValue` tree and runs no `JSONEncoder`.
///
/// Commas are placed automatically: a key or a value that follows another value in the same object or array gets
/// one. Keys given as `StaticString` are written as they are (they are ASCII names without characters to escape);
/// every other string is escaped as RFC 8259 requires.
struct JSONTextWriter {
    private var bytes: [UInt8] = []

    /// A writer whose buffer holds `capacity` bytes before it grows.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
    }

    /// An object key known at compile time.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// An object key from data.
    mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A string value.
    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0..<0x20:
                append("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A number; whole numbers are written without a fraction, and non-finite ones (which JSON cannot hold) as
    /// `null`.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        if value.rounded() == value, let whole = Int64(exactly: value) {
            append(String(whole))
        } else {
            append(String(value))
        }
    }

    mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
    }

    mutating func null() {
        separate()
        append("null")
    }

    /// `"name": "value"`.
    mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// Any JSON value; object members in key order, so that the text does not depend on hashing.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): self.number(number)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for name in members.keys.sorted() {
                key(name)
                if let member = members[name] { self.value(member) }
            }
            endObject()
        }
    }

    /// An array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func append(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A comma unless this starts the document, a container, or the value of a key.
    private mutating func separate() {
        guard let last = bytes.last else { return }
        switch last {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ":"): return
        default: bytes.append(UInt8(ascii: ","))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

extension JSONTextWriter {
    /// `values` as a JSON array of strings.
    static func text(strings values: [String]) -> String {
        var writer = JSONTextWriter(capacity: 16 + values.reduce(0) { $0 + $1.utf8.count + 3 })
        writer.strings(values)
        return writer.text
    }

    /// `value` as a JSON string literal.
    static func text(string value: String) -> String {
        var writer = JSONTextWriter(capacity: 8 + value.utf8.count)
        writer.string(value)
        return writer.text
    }

    /// `value` as JSON text.
    static func text(value: JSONValue) -> String {
        var writer = JSONTextWriter(capacity: 256)
        writer.value(value)
        return writer.text
    }

    /// A typed value's JSON encoding (keys sorted), for the rare attributes that hold whole API objects (tool
    /// definitions, hyperparameters); `nil` if it does not encode.
    static func text(encoding value: some Encodable) -> String? {
        guard let data = try? JSONCoding.encoder.encode(value) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
