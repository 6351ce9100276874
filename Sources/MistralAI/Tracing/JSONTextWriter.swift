/// Writes compact JSON text straight into one string, reserved up front: what span attributes holding JSON
/// (`gen_ai.input.messages`, `gen_ai.output.messages`, …) are built with, so that tracing a call builds no
/// `JSONValue` tree and runs no `JSONEncoder`.
///
/// Commas are placed automatically: a key or a value that follows another value in the same object or array gets
/// one. Strings are escaped as RFC 8259 requires; those with nothing to escape (nearly all) are copied whole.
struct JSONTextWriter {
    /// The JSON text written so far.
    private(set) var text = ""

    /// A writer whose string holds `capacity` bytes before it grows.
    init(capacity: Int) {
        text.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        separate()
        text += "{"
    }

    mutating func endObject() {
        text += "}"
    }

    mutating func beginArray() {
        separate()
        text += "["
    }

    mutating func endArray() {
        text += "]"
    }

    /// An object key.
    mutating func key(_ name: String) {
        string(name)
        text += ":"
    }

    /// A string value.
    mutating func string(_ value: String) {
        separate()
        text += "\""
        if value.utf8.contains(where: Self.needsEscape) {
            appendEscaped(value)
        } else {
            text += value
        }
        text += "\""
    }

    /// A number; whole numbers are written without a fraction, and non-finite ones (which JSON cannot hold) as
    /// `null`.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        if value.rounded() == value, let whole = Int64(exactly: value) {
            text += String(whole)
        } else {
            text += String(value)
        }
    }

    mutating func bool(_ value: Bool) {
        separate()
        text += value ? "true" : "false"
    }

    mutating func null() {
        separate()
        text += "null"
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

    private mutating func appendEscaped(_ value: String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{00}"..."\u{1F}":
                let code = Int(scalar.value)
                text += "\\u00"
                text.unicodeScalars.append(Self.hexDigits[code >> 4])
                text.unicodeScalars.append(Self.hexDigits[code & 0xF])
            default: text.unicodeScalars.append(scalar)
            }
        }
    }

    /// A comma unless this starts the document, a container, or the value of a key.
    private mutating func separate() {
        switch text.utf8.last {
        case nil, UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ":"): return
        default: text += ","
        }
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789abcdef".unicodeScalars)
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
