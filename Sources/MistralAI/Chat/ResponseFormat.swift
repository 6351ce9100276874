/// The format of the model's answer.
///
/// ```swift
/// responseFormat: .jsonSchema(name: "city", schema: ["type": "object", "properties": ["name": ["type": "string"]]])
/// ```
/// With a JSON format, the JSON arrives as text in the message content.
public enum ResponseFormat: Sendable, Hashable {
    /// Free text (the default).
    case text
    /// Any JSON object; the prompt should ask for JSON.
    case jsonObject
    /// JSON following a schema.
    case jsonSchema(JSONSchemaFormat)
    /// A format this library does not know, sent as is.
    case unknown(JSONValue)

    /// JSON following `schema`.
    public static func jsonSchema(
        name: String,
        description: String? = nil,
        schema: JSONValue,
        strict: Bool? = true
    ) -> ResponseFormat {
        .jsonSchema(JSONSchemaFormat(name: name, description: description, schema: schema, strict: strict))
    }
}

/// A named JSON Schema for ``ResponseFormat/jsonSchema(_:)``.
public struct JSONSchemaFormat: Codable, Sendable, Hashable {
    /// The schema's name.
    public var name: String
    /// What the schema describes.
    public var description: String?
    /// The JSON Schema.
    public var schema: JSONValue
    /// Whether the answer must follow the schema strictly.
    public var strict: Bool?

    public init(name: String, description: String? = nil, schema: JSONValue, strict: Bool? = true) {
        self.name = name
        self.description = description
        self.schema = schema
        self.strict = strict
    }

    enum CodingKeys: String, CodingKey {
        case name, description, schema, strict
    }
}

extension ResponseFormat: Codable {
    enum CodingKeys: String, CodingKey {
        case type
        case jsonSchema = "json_schema"
    }

    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch json["type"]?.stringValue ?? "text" {
        case "text": self = .text
        case "json_object": self = .jsonObject
        case "json_schema": self = .jsonSchema(try container.decode(JSONSchemaFormat.self, forKey: .jsonSchema))
        default: self = .unknown(json)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text:
            try container.encode("text", forKey: .type)
        case .jsonObject:
            try container.encode("json_object", forKey: .type)
        case .jsonSchema(let format):
            try container.encode("json_schema", forKey: .type)
            try container.encode(format, forKey: .jsonSchema)
        case .unknown(let json):
            try json.encode(to: encoder)
        }
    }
}
