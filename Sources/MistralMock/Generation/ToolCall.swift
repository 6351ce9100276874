import OrderedJSON

/// A function call made by the assistant.
struct ToolCall: Sendable, Equatable {
    /// The 9-character alphanumeric call id.
    var id: String
    /// The function name.
    var name: String
    /// The arguments as a JSON string.
    var arguments: String

    /// The wire form (`{"id","type":"function","function":{"name","arguments"},"index"}`).
    func json(index: Int) -> JSONValue {
        [
            "id": .string(id),
            "type": "function",
            "function": ["name": .string(name), "arguments": .string(arguments)],
            "index": .int(index),
        ]
    }
}
