/// The result of a tool call, sent back to the model.
public struct ToolMessage: Sendable, Hashable {
    /// The result.
    public var content: MessageContent?
    /// The id of the ``ToolCall`` this answers.
    public var toolCallID: String?
    /// The function's name.
    public var name: String?

    public init(content: MessageContent?, toolCallID: String?, name: String? = nil) {
        self.content = content
        self.toolCallID = toolCallID
        self.name = name
    }
}

extension ToolMessage: Codable {
    enum CodingKeys: String, CodingKey {
        case role, content
        case toolCallID = "tool_call_id"
        case name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        content = try container.decodeIfPresent(MessageContent.self, forKey: .content)
        toolCallID = try container.decodeIfPresent(String.self, forKey: .toolCallID)
        name = try container.decodeIfPresent(String.self, forKey: .name)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ChatRole.tool, forKey: .role)
        if let content {
            try container.encode(content, forKey: .content)
        } else {
            try container.encodeNil(forKey: .content)
        }
        try container.encodeIfPresent(toolCallID, forKey: .toolCallID)
        try container.encodeIfPresent(name, forKey: .name)
    }
}
