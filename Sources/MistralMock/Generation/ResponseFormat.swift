import OrderedJSON

/// The requested output format.
enum ResponseFormat: Sendable, Equatable {
    case text
    case jsonObject
    /// JSON satisfying this JSON Schema.
    case jsonSchema(JSONValue)
}
