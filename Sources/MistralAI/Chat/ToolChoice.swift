/// Whether and which tool the model must call.
public enum ToolChoice: Sendable, Hashable {
    /// The model decides (the default).
    case auto
    /// The model must not call tools (`"none"` on the wire; named so it cannot be confused with `Optional.none`).
    case disabled
    /// The model must call at least one tool (same as ``required``).
    case any
    /// The model must call at least one tool.
    case required
    /// The model must call this function.
    case function(name: String)
    /// A choice this library does not know.
    case unknown(JSONValue)
}

extension ToolChoice {
    /// The wire value: `"auto"`, `"none"`, `"any"`, `"required"`, or the object's JSON text.
    public var wireValue: String {
        switch self {
        case .auto: "auto"
        case .disabled: "none"
        case .any: "any"
        case .required: "required"
        case .function(let name):
            JSONValue.object(["type": "function", "function": ["name": .string(name)]]).jsonString
        case .unknown(let json): json.jsonString
        }
    }
}

extension ToolChoice: Codable {
    enum CodingKeys: String, CodingKey {
        case type, function
    }

    private struct FunctionName: Codable {
        var name: String
    }

    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        switch json {
        case .string("auto"): self = .auto
        case .string("none"): self = .disabled
        case .string("any"): self = .any
        case .string("required"): self = .required
        default:
            if let name = json["function"]?["name"]?.stringValue {
                self = .function(name: name)
            } else {
                self = .unknown(json)
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .auto, .disabled, .any, .required:
            var container = encoder.singleValueContainer()
            try container.encode(wireValue)
        case .function(let name):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(ToolType.function, forKey: .type)
            try container.encode(FunctionName(name: name), forKey: .function)
        case .unknown(let json):
            try json.encode(to: encoder)
        }
    }
}
