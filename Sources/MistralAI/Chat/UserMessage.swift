/// A user message.
public struct UserMessage: Sendable, Hashable {
    /// Text, or chunks (text, images, documents, files, audio).
    public var content: MessageContent?

    public init(content: MessageContent?) {
        self.content = content
    }
}

extension UserMessage: Codable {
    enum CodingKeys: String, CodingKey {
        case role, content
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        content = try container.decodeIfPresent(MessageContent.self, forKey: .content)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ChatRole.user, forKey: .role)
        if let content {
            try container.encode(content, forKey: .content)
        } else {
            try container.encodeNil(forKey: .content)
        }
    }
}
