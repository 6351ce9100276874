/// One event of a chat (or FIM, or agents) completion stream.
///
/// The first chunk's delta carries the role; later ones carry text. Tool calls arrive whole in one chunk.
/// Only the last chunk, the one with a `finishReason`, carries ``usage``.
public struct ChatCompletionChunk: Codable, Sendable, Hashable {
    /// The completion id, the same in every chunk.
    public var id: String
    /// `chat.completion.chunk`.
    public var object: String?
    /// Creation time, Unix seconds.
    public var created: Int?
    /// The model that answers.
    public var model: String
    /// Tokens used; only on the last chunk.
    public var usage: UsageInfo?
    /// The deltas, one per choice.
    public var choices: [ChatCompletionStreamChoice]

    public init(
        id: String,
        object: String? = "chat.completion.chunk",
        created: Int? = nil,
        model: String,
        usage: UsageInfo? = nil,
        choices: [ChatCompletionStreamChoice]
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.usage = usage
        self.choices = choices
    }

    /// The first choice's new text (empty when the chunk carries none).
    public var textDelta: String {
        choices.first?.delta.content?.text ?? ""
    }

    /// The first choice's finish reason, on the last chunk.
    public var finishReason: FinishReason? { choices.first?.finishReason }

    enum CodingKeys: String, CodingKey {
        case id, object, created, model, usage, choices
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        object = try container.decodeIfPresent(String.self, forKey: .object)
        created = try container.decodeIfPresent(Int.self, forKey: .created)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        usage = try container.decodeIfPresent(UsageInfo.self, forKey: .usage)
        choices = try container.decodeIfPresent([ChatCompletionStreamChoice].self, forKey: .choices) ?? []
    }
}

/// One choice's delta in a ``ChatCompletionChunk``.
public struct ChatCompletionStreamChoice: Codable, Sendable, Hashable {
    /// The choice's position.
    public var index: Int
    /// What this chunk adds.
    public var delta: ChatCompletionDelta
    /// Why generation stopped; only on the last chunk.
    public var finishReason: FinishReason?
    /// Log probabilities, when requested (free-form).
    public var logprobs: JSONValue?

    public init(
        index: Int = 0, delta: ChatCompletionDelta, finishReason: FinishReason? = nil, logprobs: JSONValue? = nil
    ) {
        self.index = index
        self.delta = delta
        self.finishReason = finishReason
        self.logprobs = logprobs
    }

    enum CodingKeys: String, CodingKey {
        case index, delta
        case finishReason = "finish_reason"
        case logprobs
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
        delta = try container.decodeIfPresent(ChatCompletionDelta.self, forKey: .delta) ?? ChatCompletionDelta()
        finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
        logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs).flatMap { $0.isNull ? nil : $0 }
    }
}

/// The part of a message carried by one chunk.
public struct ChatCompletionDelta: Codable, Sendable, Hashable {
    /// The author; in the first chunk only.
    public var role: ChatRole?
    /// New text or chunks (thinking, then text, for reasoning models).
    public var content: MessageContent?
    /// Tool calls, whole.
    public var toolCalls: [ToolCall]?

    public init(role: ChatRole? = nil, content: MessageContent? = nil, toolCalls: [ToolCall]? = nil) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
    }

    enum CodingKeys: String, CodingKey {
        case role, content
        case toolCalls = "tool_calls"
    }
}
