/// A message of a chat, discriminated by `role` on the wire.
///
/// Build messages with the shorthands:
///
/// ```swift
/// let messages: [ChatMessage] = [
///     .system("You are a weather bot."),
///     .user("What's the weather in Paris?"),
///     .assistant(response.choices[0].message),       // a previous answer, tool calls included
///     .tool("22°C and sunny", for: toolCall),        // the result of a tool call
/// ]
/// ```
public enum ChatMessage: Sendable, Hashable {
    case system(SystemMessage)
    case user(UserMessage)
    case assistant(AssistantMessage)
    case tool(ToolMessage)

    /// A system message with text.
    public static func system(_ text: String) -> ChatMessage {
        .system(SystemMessage(content: .text(text)))
    }

    /// A user message with text.
    public static func user(_ text: String) -> ChatMessage {
        .user(UserMessage(content: .text(text)))
    }

    /// A user message with chunks, e.g. `[.text("What is this?"), .imageURL("https://…")]`.
    public static func user(_ chunks: [ContentChunk]) -> ChatMessage {
        .user(UserMessage(content: .chunks(chunks)))
    }

    /// An assistant message with text; `prefix: true` makes the model continue it.
    public static func assistant(_ text: String, prefix: Bool = false) -> ChatMessage {
        .assistant(AssistantMessage(content: .text(text), prefix: prefix ? true : nil))
    }

    /// An assistant message that called tools.
    public static func assistant(_ text: String? = nil, toolCalls: [ToolCall]) -> ChatMessage {
        .assistant(AssistantMessage(content: text.map(MessageContent.text), toolCalls: toolCalls))
    }

    /// The result of a tool call.
    public static func tool(_ content: String, toolCallID: String, name: String? = nil) -> ChatMessage {
        .tool(ToolMessage(content: .text(content), toolCallID: toolCallID, name: name))
    }

    /// The result of `call`.
    public static func tool(_ content: String, for call: ToolCall) -> ChatMessage {
        .tool(ToolMessage(content: .text(content), toolCallID: call.id, name: call.function.name))
    }

    /// The author.
    public var role: ChatRole {
        switch self {
        case .system: .system
        case .user: .user
        case .assistant: .assistant
        case .tool: .tool
        }
    }

    /// The content, if any.
    public var content: MessageContent? {
        switch self {
        case .system(let message): message.content
        case .user(let message): message.content
        case .assistant(let message): message.content
        case .tool(let message): message.content
        }
    }
}

extension ChatMessage: Codable {
    enum CodingKeys: String, CodingKey {
        case role
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let role = try container.decode(ChatRole.self, forKey: .role)
        switch role {
        case .system: self = .system(try SystemMessage(from: decoder))
        case .user: self = .user(try UserMessage(from: decoder))
        case .assistant: self = .assistant(try AssistantMessage(from: decoder))
        case .tool: self = .tool(try ToolMessage(from: decoder))
        case .unknown(let value):
            throw DecodingError.dataCorruptedError(
                forKey: .role,
                in: container,
                debugDescription: "Unknown chat message role '\(value)'"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .system(let message): try message.encode(to: encoder)
        case .user(let message): try message.encode(to: encoder)
        case .assistant(let message): try message.encode(to: encoder)
        case .tool(let message): try message.encode(to: encoder)
        }
    }
}
