/// The answer of `POST /v1/chat/completions` (also of FIM and agents completions).
public struct ChatCompletionResponse: Codable, Sendable, Hashable {
    /// The completion id (32 hex characters).
    public var id: String
    /// `chat.completion`.
    public var object: String?
    /// The model that answered.
    public var model: String
    /// Creation time, Unix seconds.
    public var created: Int?
    /// Tokens used.
    public var usage: UsageInfo?
    /// The generated completions (one unless `n` was set).
    public var choices: [ChatCompletionChoice]

    public init(
        id: String,
        object: String? = "chat.completion",
        model: String,
        created: Int? = nil,
        usage: UsageInfo? = nil,
        choices: [ChatCompletionChoice]
    ) {
        self.id = id
        self.object = object
        self.model = model
        self.created = created
        self.usage = usage
        self.choices = choices
    }

    /// The first choice's message.
    public var message: AssistantMessage? { choices.first?.message }

    /// The first choice's text (reasoning excluded).
    public var text: String? { message?.text }

    /// The first choice's tool calls (empty when there are none).
    public var toolCalls: [ToolCall] { message?.toolCalls ?? [] }

    /// The first choice's finish reason.
    public var finishReason: FinishReason? { choices.first?.finishReason }

    enum CodingKeys: String, CodingKey {
        case id, object, model, created, usage, choices
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        object = try container.decodeIfPresent(String.self, forKey: .object)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        created = try container.decodeIfPresent(Int.self, forKey: .created)
        usage = try container.decodeIfPresent(UsageInfo.self, forKey: .usage)
        choices = try container.decodeIfPresent([ChatCompletionChoice].self, forKey: .choices) ?? []
    }
}

/// One completion of a ``ChatCompletionResponse``.
public struct ChatCompletionChoice: Codable, Sendable, Hashable {
    /// The choice's position.
    public var index: Int
    /// The generated message.
    public var message: AssistantMessage
    /// Why generation stopped.
    public var finishReason: FinishReason?
    /// Log probabilities, when requested (free-form).
    public var logprobs: JSONValue?

    public init(index: Int = 0, message: AssistantMessage, finishReason: FinishReason?, logprobs: JSONValue? = nil) {
        self.index = index
        self.message = message
        self.finishReason = finishReason
        self.logprobs = logprobs
    }

    enum CodingKeys: String, CodingKey {
        case index, message
        case finishReason = "finish_reason"
        case logprobs
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
        message = try container.decodeIfPresent(AssistantMessage.self, forKey: .message) ?? AssistantMessage()
        finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
        logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs).flatMap { $0.isNull ? nil : $0 }
    }
}
