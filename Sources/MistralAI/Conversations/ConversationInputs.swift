/// What is sent to a conversation: text (a user message) or entries.
public enum ConversationInputs: Sendable, Hashable, ExpressibleByStringLiteral {
    /// One user message.
    case text(String)
    /// Entries: messages, function results, …
    case entries([ConversationEntry])

    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension ConversationInputs: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .entries(try container.decode([ConversationEntry].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .entries(let entries): try container.encode(entries)
        }
    }
}
