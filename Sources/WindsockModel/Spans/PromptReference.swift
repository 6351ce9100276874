import OrderedJSON

/// The prompt template a model call was made from, where the instrumentation tells.
public struct PromptReference: Equatable, Sendable {
    /// The template's name or id.
    public var name: String?
    /// The template's version.
    public var version: String?
    /// The template text.
    public var template: String?
    /// The variables filled into the template.
    public var variables: JSONObject?

    /// Creates a reference.
    public init(name: String? = nil, version: String? = nil, template: String? = nil, variables: JSONObject? = nil) {
        self.name = name
        self.version = version
        self.template = template
        self.variables = variables
    }

    /// Whether nothing is known.
    public var isEmpty: Bool {
        name == nil && version == nil && template == nil && variables == nil
    }
}
