import OrderedJSON

/// Reads the Python `repr` of SDK objects and literals that some instrumentations write instead of JSON
/// (OpenInference's `input.value` holds `content='Say hello.' role='user'` for a Mistral `UserMessage`; OpenLIT's
/// embedding input is `['The sky is blue.', 'Grass is green.']`).
///
/// Understands strings, numbers, `None`/`True`/`False`, lists, tuples, dicts, calls `Name(key=value, …)` (read as an
/// object of their keyword arguments), enum reprs `<Role.USER: 'user'>` (read as their value), and a pydantic model
/// body `key=value key=value` (read as an object). Anything else is `nil`: the caller keeps the text.
struct PythonReprParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private static let maximumDepth = 64

    private init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    /// A Python literal, or a pydantic model body.
    static func parse(_ text: String) -> JSONValue? {
        var parser = PythonReprParser(text)
        parser.skipSpaces()
        let start = parser.index
        if let value = parser.value() {
            parser.skipSpaces()
            if parser.index == parser.bytes.count { return value }
        }
        parser.index = start
        guard let object = parser.keywordArguments(terminator: nil), parser.index == parser.bytes.count,
            !object.isEmpty
        else { return nil }
        return .object(object)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpaces() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { index += 1 }
    }

    private static func isIdentifier(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."): !first
        default: false
        }
    }

    private mutating func identifier() -> String? {
        let start = index
        guard let first = current, Self.isIdentifier(first, first: true) else { return nil }
        index += 1
        while let byte = current, Self.isIdentifier(byte, first: false) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// `key=value` pairs separated by spaces or commas, up to `terminator` (or the end).
    private mutating func keywordArguments(terminator: UInt8?) -> JSONObject? {
        var object = JSONObject()
        var positional = 0
        while true {
            skipSpaces()
            if current == terminator { return object }
            let save = index
            if let key = identifier(), current == UInt8(ascii: "=") {
                index += 1
                guard let value = value() else { return nil }
                object[key] = value
            } else {
                index = save
                guard terminator != nil, let value = value() else { return nil }
                object["_\(positional)"] = value
                positional += 1
            }
            skipSpaces()
            if current == UInt8(ascii: ",") { index += 1 }
        }
    }

    private mutating func value() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth, let byte = current else { return nil }
        switch byte {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return string().map(JSONValue.string)
        case UInt8(ascii: "["):
            return sequence(close: UInt8(ascii: "]")).map(JSONValue.array)
        case UInt8(ascii: "("):
            return sequence(close: UInt8(ascii: ")")).map(JSONValue.array)
        case UInt8(ascii: "{"):
            return dictionary()
        case UInt8(ascii: "<"):
            return enumeration()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number()
        default:
            if byte == UInt8(ascii: "b") || byte == UInt8(ascii: "r") || byte == UInt8(ascii: "u"),
                index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") || bytes[index + 1] == UInt8(ascii: "\"")
            {
                index += 1
                return string().map(JSONValue.string)
            }
            guard let name = identifier() else { return nil }
            switch name {
            case "None": return .null
            case "True": return .bool(true)
            case "False": return .bool(false)
            default:
                guard current == UInt8(ascii: "(") else { return nil }
                index += 1
                guard let arguments = keywordArguments(terminator: UInt8(ascii: ")")) else { return nil }
                index += 1
                return .object(arguments)
            }
        }
    }

    private mutating func sequence(close: UInt8) -> [JSONValue]? {
        index += 1
        var elements: [JSONValue] = []
        while true {
            skipSpaces()
            if current == close {
                index += 1
                return elements
            }
            guard let element = value() else { return nil }
            elements.append(element)
            skipSpaces()
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current != close {
                return nil
            }
        }
    }

    private mutating func dictionary() -> JSONValue? {
        index += 1
        var object = JSONObject()
        while true {
            skipSpaces()
            if current == UInt8(ascii: "}") {
                index += 1
                return .object(object)
            }
            guard let key = value() else { return nil }
            skipSpaces()
            guard current == UInt8(ascii: ":") else { return nil }
            index += 1
            skipSpaces()
            guard let element = value() else { return nil }
            switch key {
            case .string(let text): object[text] = element
            case .int(let int): object[String(int)] = element
            default: return nil
            }
            skipSpaces()
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current != UInt8(ascii: "}") {
                return nil
            }
        }
    }

    /// `<Role.USER: 'user'>` → `"user"`.
    private mutating func enumeration() -> JSONValue? {
        index += 1
        while let byte = current, byte != UInt8(ascii: ":"), byte != UInt8(ascii: ">") { index += 1 }
        guard current == UInt8(ascii: ":") else { return nil }
        index += 1
        skipSpaces()
        guard let inner = value() else { return nil }
        skipSpaces()
        guard current == UInt8(ascii: ">") else { return nil }
        index += 1
        return inner
    }

    private mutating func number() -> JSONValue? {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        while let byte = current,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-")
        {
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let int = Int(text) { return .int(int) }
        return Double(text).map(JSONValue.double)
    }

    private mutating func string() -> String? {
        guard let quote = current else { return nil }
        index += 1
        var scalars = String.UnicodeScalarView()
        var run = index
        func flush(_ end: Int, into scalars: inout String.UnicodeScalarView) {
            if end > run {
                scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while let byte = current {
            if byte == quote {
                flush(index, into: &scalars)
                index += 1
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                flush(index, into: &scalars)
                index += 1
                guard let escaped = escape() else { return nil }
                scalars.append(escaped)
                run = index
            } else {
                index += 1
            }
        }
        return nil
    }

    private mutating func escape() -> Unicode.Scalar? {
        guard let byte = current else { return nil }
        index += 1
        switch byte {
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "0"): return "\0"
        case UInt8(ascii: "x"): return hexScalar(digits: 2)
        case UInt8(ascii: "u"): return hexScalar(digits: 4)
        case UInt8(ascii: "U"): return hexScalar(digits: 8)
        default: return Unicode.Scalar(byte)
        }
    }

    private mutating func hexScalar(digits: Int) -> Unicode.Scalar? {
        guard index + digits <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<index + digits], as: UTF8.self), radix: 16)
        else { return nil }
        index += digits
        return Unicode.Scalar(value)
    }
}
