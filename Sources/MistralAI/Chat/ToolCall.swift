import Foundation

/// A call of a function the model asks for: `{"id","type":"function","function":{"name","arguments"},"index"}`.
public struct ToolCall: Sendable, Hashable {
    /// The call's id (9 alphanumeric characters); send it back in the tool message. Empty when missing.
    public var id: String
    /// The tool type (`function`).
    public var type: ToolType?
    /// The function and its arguments.
    public var function: FunctionCall
    /// The call's position in a stream.
    public var index: Int?

    public init(id: String, type: ToolType? = .function, function: FunctionCall, index: Int? = nil) {
        self.id = id
        self.type = type
        self.function = function
        self.index = index
    }

    /// A function call.
    public init(id: String, name: String, arguments: String) {
        self.init(id: id, function: FunctionCall(name: name, arguments: arguments))
    }
}

extension ToolCall: Codable {
    enum CodingKeys: String, CodingKey {
        case id, type, function, index
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        type = try container.decodeIfPresent(ToolType.self, forKey: .type)
        function = try container.decode(FunctionCall.self, forKey: .function)
        index = try container.decodeIfPresent(Int.self, forKey: .index)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !id.isEmpty { try container.encode(id, forKey: .id) }
        try container.encodeIfPresent(type, forKey: .type)
        try container.encode(function, forKey: .function)
        try container.encodeIfPresent(index, forKey: .index)
    }
}

/// The function part of a ``ToolCall``.
public struct FunctionCall: Sendable, Hashable {
    /// The function's name.
    public var name: String
    /// The arguments as JSON text (the API may send an object; it is kept as text).
    public var arguments: String

    public init(name: String, arguments: String) {
        self.name = name
        self.arguments = arguments
    }

    /// The arguments as JSON.
    public func argumentsJSON() throws -> JSONValue {
        try JSONValue(parsing: arguments)
    }

    /// The arguments decoded into a type.
    ///
    /// ```swift
    /// struct Weather: Decodable { var city: String }
    /// let arguments = try call.function.decodeArguments(as: Weather.self)
    /// ```
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self) throws -> T {
        try JSONCoding.decoder.decode(T.self, from: Data(arguments.utf8))
    }
}

extension FunctionCall: Codable {
    enum CodingKeys: String, CodingKey {
        case name, arguments
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        if let text = try? container.decode(String.self, forKey: .arguments) {
            arguments = text
        } else {
            arguments = try container.decodeIfPresent(JSONValue.self, forKey: .arguments)?.jsonString ?? "{}"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(arguments, forKey: .arguments)
    }
}

/// The type of a tool call or tool choice.
public enum ToolType: MistralOpenEnum {
    case function
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [ToolType] = [.function]

    public var rawValue: String {
        switch self {
        case .function: "function"
        case .unknown(let value): value
        }
    }
}
