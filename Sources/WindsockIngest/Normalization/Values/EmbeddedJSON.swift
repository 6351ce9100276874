import OrderedJSON

/// JSON documents carried inside string attributes (`gen_ai.input.messages`, `input.value`, every `mlflow.*`).
enum EmbeddedJSON {
    /// The document in `text`, or `nil` when it is not JSON. Only texts that start like an object, an array or a
    /// string are tried, so plain text costs no parse.
    static func parse(_ text: String) -> JSONValue? {
        guard let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"")
        else { return nil }
        return try? JSONParser.parse(Array(text.utf8))
    }

    /// Any JSON document in `text`, scalars included (MLflow JSON-encodes every attribute: `"\"CHAT_MODEL\""`, `"20"`).
    static func parseAny(_ text: String) -> JSONValue? {
        try? JSONParser.parse(Array(text.utf8))
    }

    /// The value with JSON text decoded: a string holding JSON becomes that JSON, anything else stays as it is.
    static func decoded(_ value: JSONValue) -> JSONValue {
        if case .string(let text) = value, let parsed = parse(text) { return parsed }
        return value
    }
}
