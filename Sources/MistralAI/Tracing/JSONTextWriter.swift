/// Writes compact JSON text straight into one byte buffer, reserved up front: what span attributes holding JSON
/// (`gen_ai.input.messages`, `gen_ai.output.messages`, …) are built with, so that tracing a call builds no
/// `JSONValue` tree and runs no `JSONEncoder`.
///
/// Commas are placed automatically: a key or a value that follows another value in the same object or array gets
/// one. Strings are escaped as RFC 8259 requires; those with nothing to escape (nearly all) are copied whole.
/// The bytes become a `String` once, in ``text``: appending UTF-8 bytes costs far less than growing a `String`
/// piece by piece, which re-checks its storage and recounts its flags on every append.
struct JSONTextWriter {
    private var bytes: [UInt8] = []
    /// The last byte written, or 0 before the first: what ``separate()`` decides on.
    private var last: UInt8 = 0

    /// A writer whose buffer holds `capacity` bytes before it grows.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject() {
        separate()
        append(UInt8(ascii: "{"))
    }

    mutating func endObject() {
        append(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        separate()
        append(UInt8(ascii: "["))
    }

    mutating func endArray() {
        append(UInt8(ascii: "]"))
    }

    /// An object key.
    mutating func key(_ name: String) {
        string(name)
        append(UInt8(ascii: ":"))
    }

    /// A string value.
    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var clean = 0
            for (index, byte) in utf8.enumerated() where Self.needsEscape(byte) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
                appendEscape(byte)
                clean = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// A number; whole numbers are written without a fraction, and non-finite ones (which JSON cannot hold) as
    /// `null`.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        if value.rounded() == value, let whole = Int64(exactly: value) {
            appendText(String(whole))
        } else {
            appendText(String(value))
        }
    }

    mutating func bool(_ value: Bool) {
        separate()
        appendText(value ? "true" : "false")
    }

    mutating func null() {
        separate()
        appendText("null")
    }

    /// `"name": "value"`.
    mutating func field(_ name: String, _ value: String) {
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

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The escape sequence of a byte that ``needsEscape(_:)``: a quote, a backslash or a control character.
    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0xF)])
        }
    }

    private mutating func append(_ byte: UInt8) {
        bytes.append(byte)
        last = byte
    }

    /// ASCII text that needs no escaping (numbers, literals).
    private mutating func appendText(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        last = bytes.last ?? 0
    }

    /// A comma unless this starts the document, a container, or the value of a key.
    private mutating func separate() {
        switch last {
        case 0, UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ":"): return
        default: append(UInt8(ascii: ","))
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
