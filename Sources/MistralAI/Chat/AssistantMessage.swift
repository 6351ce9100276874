/// A message of the model: the answer of a completion, or a previous turn sent back.
public struct AssistantMessage: Sendable, Hashable {
    /// The text or chunks (may be `nil` or empty when the model calls tools).
    public var content: MessageContent?
    /// The tools the model calls.
    public var toolCalls: [ToolCall]?
    /// With `true` on the last message, the model continues this text instead of answering it.
    public var prefix: Bool?

    public init(content: MessageContent? = nil, toolCalls: [ToolCall]? = nil, prefix: Bool? = nil) {
        self.content = content
        self.toolCalls = toolCalls
        self.prefix = prefix
    }

    /// The text of the content (reasoning excluded), or `nil` when there is none.
    public var text: String? {
        content?.text
    }
}

extension AssistantMessage: Codable {
    enum CodingKeys: String, CodingKey {
        case role, content
        case toolCalls = "tool_calls"
        case prefix
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        content = try container.decodeIfPresent(MessageContent.self, forKey: .content)
        toolCalls = try container.decodeIfPresent([ToolCall].self, forKey: .toolCalls)
        prefix = try container.decodeIfPresent(Bool.self, forKey: .prefix)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ChatRole.assistant, forKey: .role)
        try container.encodeIfPresent(content, forKey: .content)
        if let toolCalls, !toolCalls.isEmpty {
            try container.encode(toolCalls, forKey: .toolCalls)
        }
        if prefix == true {
            try container.encode(true, forKey: .prefix)
        }
    }
}
