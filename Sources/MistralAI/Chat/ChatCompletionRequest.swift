/// A request to `POST /v1/chat/completions`.
///
/// Only `model` and `messages` are required; every `nil` field is left out of the JSON (the API rejects
/// unknown fields and some `null`s). ``Mistral/Chat`` sets `stream` itself.
public struct ChatCompletionRequest: Codable, Sendable, Hashable {
    /// The model id, e.g. `mistral-small-latest`.
    public var model: String
    /// The conversation so far; the last message must be from the user or a tool (or an assistant
    /// message with `prefix`).
    public var messages: [ChatMessage]
    /// Sampling temperature (0…1.5); the default depends on the model.
    public var temperature: Double?
    /// Nucleus sampling probability mass (0…1].
    public var topP: Double?
    /// The most tokens to generate.
    public var maxTokens: Int?
    /// Generation stops at any of these strings.
    public var stop: [String]?
    /// The seed for deterministic sampling.
    public var randomSeed: Int?
    /// Free-form metadata stored with the request.
    public var metadata: [String: JSONValue]?
    /// The format of the answer (text, JSON object, JSON schema).
    public var responseFormat: ResponseFormat?
    /// Tools the model may call.
    public var tools: [Tool]?
    /// Whether and which tool the model must call.
    public var toolChoice: ToolChoice?
    /// Penalises tokens that already appeared (−2…2).
    public var presencePenalty: Double?
    /// Penalises tokens by how often they appeared (−2…2).
    public var frequencyPenalty: Double?
    /// How many completions to generate.
    public var n: Int?
    /// Expected output that speeds up generation.
    public var prediction: Prediction?
    /// Whether the model may call several tools at once (default true).
    public var parallelToolCalls: Bool?
    /// How much a reasoning model thinks.
    public var reasoningEffort: ReasoningEffort?
    /// The system prompt mode of legacy reasoning models.
    public var promptMode: PromptMode?
    /// Moderation guardrails, as JSON (`[{"block_on_error":…,"moderation_llm_v2":{…}}]`).
    public var guardrails: [JSONValue]?
    /// A key that groups requests sharing a prompt prefix for caching.
    public var promptCacheKey: String?
    /// Which capacity serves the request.
    public var serviceTier: ServiceTier?
    /// Whether to prepend Mistral's safety prompt.
    public var safePrompt: Bool?
    /// Set by the client: `true` for ``Mistral/Chat/stream(_:)``.
    var stream: Bool?

    public init(
        model: String,
        messages: [ChatMessage],
        temperature: Double? = nil,
        topP: Double? = nil,
        maxTokens: Int? = nil,
        stop: [String]? = nil,
        randomSeed: Int? = nil,
        metadata: [String: JSONValue]? = nil,
        responseFormat: ResponseFormat? = nil,
        tools: [Tool]? = nil,
        toolChoice: ToolChoice? = nil,
        presencePenalty: Double? = nil,
        frequencyPenalty: Double? = nil,
        n: Int? = nil,
        prediction: Prediction? = nil,
        parallelToolCalls: Bool? = nil,
        reasoningEffort: ReasoningEffort? = nil,
        promptMode: PromptMode? = nil,
        guardrails: [JSONValue]? = nil,
        promptCacheKey: String? = nil,
        serviceTier: ServiceTier? = nil,
        safePrompt: Bool? = nil
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.topP = topP
        self.maxTokens = maxTokens
        self.stop = stop
        self.randomSeed = randomSeed
        self.metadata = metadata
        self.responseFormat = responseFormat
        self.tools = tools
        self.toolChoice = toolChoice
        self.presencePenalty = presencePenalty
        self.frequencyPenalty = frequencyPenalty
        self.n = n
        self.prediction = prediction
        self.parallelToolCalls = parallelToolCalls
        self.reasoningEffort = reasoningEffort
        self.promptMode = promptMode
        self.guardrails = guardrails
        self.promptCacheKey = promptCacheKey
        self.serviceTier = serviceTier
        self.safePrompt = safePrompt
    }

    /// Whether the request asks for a stream.
    public var isStreaming: Bool { stream ?? false }

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature
        case topP = "top_p"
        case maxTokens = "max_tokens"
        case stop
        case randomSeed = "random_seed"
        case metadata
        case responseFormat = "response_format"
        case tools
        case toolChoice = "tool_choice"
        case presencePenalty = "presence_penalty"
        case frequencyPenalty = "frequency_penalty"
        case n, prediction
        case parallelToolCalls = "parallel_tool_calls"
        case reasoningEffort = "reasoning_effort"
        case promptMode = "prompt_mode"
        case guardrails
        case promptCacheKey = "prompt_cache_key"
        case serviceTier = "service_tier"
        case safePrompt = "safe_prompt"
        case stream
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        messages = try container.decode([ChatMessage].self, forKey: .messages)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        maxTokens = try container.decodeIfPresent(Int.self, forKey: .maxTokens)
        stop = try StopSequences.decode(from: container, forKey: .stop)
        randomSeed = try container.decodeIfPresent(Int.self, forKey: .randomSeed)
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
        responseFormat = try container.decodeIfPresent(ResponseFormat.self, forKey: .responseFormat)
        tools = try container.decodeIfPresent([Tool].self, forKey: .tools)
        toolChoice = try container.decodeIfPresent(ToolChoice.self, forKey: .toolChoice)
        presencePenalty = try container.decodeIfPresent(Double.self, forKey: .presencePenalty)
        frequencyPenalty = try container.decodeIfPresent(Double.self, forKey: .frequencyPenalty)
        n = try container.decodeIfPresent(Int.self, forKey: .n)
        prediction = try container.decodeIfPresent(Prediction.self, forKey: .prediction)
        parallelToolCalls = try container.decodeIfPresent(Bool.self, forKey: .parallelToolCalls)
        reasoningEffort = try container.decodeIfPresent(ReasoningEffort.self, forKey: .reasoningEffort)
        promptMode = try container.decodeIfPresent(PromptMode.self, forKey: .promptMode)
        guardrails = try container.decodeIfPresent([JSONValue].self, forKey: .guardrails)
        promptCacheKey = try container.decodeIfPresent(String.self, forKey: .promptCacheKey)
        serviceTier = try container.decodeIfPresent(ServiceTier.self, forKey: .serviceTier)
        safePrompt = try container.decodeIfPresent(Bool.self, forKey: .safePrompt)
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
    }
}
