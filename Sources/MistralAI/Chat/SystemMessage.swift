/// A system message: instructions for the model.
public struct SystemMessage: Sendable, Hashable {
    /// Text, or `text` and `thinking` chunks.
    public var content: MessageContent

    public init(content: MessageContent) {
        self.content = content
    }
}

extension SystemMessage: Codable {
    enum CodingKeys: String, CodingKey {
        case role, content
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        content = try container.decode(MessageContent.self, forKey: .content)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ChatRole.system, forKey: .role)
        try container.encode(content, forKey: .content)
    }
}
