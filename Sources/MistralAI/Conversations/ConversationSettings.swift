/// Who runs handoffs between agents: the server, or your code.
public enum HandoffExecution: MistralOpenEnum {
    case client
    case server
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [HandoffExecution] = [.client, .server]

    public var rawValue: String {
        switch self {
        case .client: "client"
        case .server: "server"
        case .unknown(let value): value
        }
    }
}

/// An agent version: a number or an alias.
public enum AgentVersion: Sendable, Hashable, Codable {
    case number(Int)
    case alias(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .alias(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .alias(let alias): try container.encode(alias)
        }
    }
}

/// Allows or denies a pending tool call (`tool_confirmations`).
public struct ToolCallConfirmation: Codable, Sendable, Hashable {
    /// The call's id.
    public var toolCallID: String
    /// `allow` or `deny`.
    public var confirmation: String

    public init(toolCallID: String, allow: Bool) {
        self.toolCallID = toolCallID
        self.confirmation = allow ? "allow" : "deny"
    }

    enum CodingKeys: String, CodingKey {
        case toolCallID = "tool_call_id"
        case confirmation
    }
}
