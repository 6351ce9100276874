import OrderedJSON

/// A function tool offered to the model.
struct ToolDefinition: Sendable, Equatable {
    var name: String
    var description: String
    /// The parameters' JSON Schema.
    var parameters: JSONValue
}
