/// A tool the model may use: a function you run, or a built-in tool Mistral runs (agents, conversations).
///
/// ```swift
/// let weather = Tool.function(
///     name: "get_weather",
///     description: "Current weather of a city",
///     parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]
/// )
/// ```
public enum Tool: Sendable, Hashable {
    /// A function the model may call.
    case function(FunctionDefinition)
    /// Web search.
    case webSearch
    /// Web search with news agencies' sources.
    case webSearchPremium
    /// A code interpreter.
    case codeInterpreter
    /// Image generation.
    case imageGeneration
    /// Search in document libraries.
    case documentLibrary(libraryIDs: [String])
    /// A custom connector.
    case connector(id: String)
    /// A tool this library does not model (or one with extra configuration), sent and received as is.
    case unknown(JSONValue)

    /// A function tool.
    public static func function(
        name: String,
        description: String? = nil,
        parameters: JSONValue = ["type": "object", "properties": [:]],
        strict: Bool? = nil
    ) -> Tool {
        .function(FunctionDefinition(name: name, description: description, parameters: parameters, strict: strict))
    }

    /// The function definition, for function tools.
    public var functionDefinition: FunctionDefinition? {
        if case .function(let definition) = self { return definition }
        return nil
    }

    /// The wire `type`.
    public var type: String {
        switch self {
        case .function: "function"
        case .webSearch: "web_search"
        case .webSearchPremium: "web_search_premium"
        case .codeInterpreter: "code_interpreter"
        case .imageGeneration: "image_generation"
        case .documentLibrary: "document_library"
        case .connector: "connector"
        case .unknown(let json): json["type"]?.stringValue ?? "unknown"
        }
    }
}

extension Tool: Codable {
    enum CodingKeys: String, CodingKey {
        case type, function
        case libraryIDs = "library_ids"
        case connectorID = "connector_id"
    }

    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        let configured = json["tool_configuration"].map { !$0.isNull } ?? false
        let keys = Set(json.objectValue?.keys.map { $0 } ?? [])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch json["type"]?.stringValue ?? "function" {
        case "function":
            self = .function(try container.decode(FunctionDefinition.self, forKey: .function))
        case "web_search" where !configured && keys.isSubset(of: ["type", "tool_configuration"]):
            self = .webSearch
        case "web_search_premium" where !configured && keys.isSubset(of: ["type", "tool_configuration"]):
            self = .webSearchPremium
        case "code_interpreter" where !configured && keys.isSubset(of: ["type", "tool_configuration"]):
            self = .codeInterpreter
        case "image_generation" where !configured && keys.isSubset(of: ["type", "tool_configuration"]):
            self = .imageGeneration
        case "document_library" where !configured:
            self = .documentLibrary(libraryIDs: try container.decode([String].self, forKey: .libraryIDs))
        case "connector" where !configured && !keys.contains("authorization"):
            self = .connector(id: try container.decode(String.self, forKey: .connectorID))
        default:
            self = .unknown(json)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if case .unknown(let json) = self {
            try json.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .function(let definition):
            try container.encode(definition, forKey: .function)
        case .documentLibrary(let libraryIDs):
            try container.encode(libraryIDs, forKey: .libraryIDs)
        case .connector(let id):
            try container.encode(id, forKey: .connectorID)
        case .webSearch, .webSearchPremium, .codeInterpreter, .imageGeneration, .unknown:
            break
        }
    }
}

/// A function the model may call: its name, description and JSON Schema parameters.
public struct FunctionDefinition: Codable, Sendable, Hashable {
    /// The name the model uses to call it.
    public var name: String
    /// What it does; the model reads this to decide when to call it.
    public var description: String?
    /// The JSON Schema of its arguments.
    public var parameters: JSONValue
    /// Whether the arguments must follow the schema strictly.
    public var strict: Bool?

    public init(
        name: String,
        description: String? = nil,
        parameters: JSONValue = ["type": "object", "properties": [:]],
        strict: Bool? = nil
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
    }

    enum CodingKeys: String, CodingKey {
        case name, description, parameters, strict
    }
}
