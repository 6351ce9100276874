/// A request to `POST /v1/agents/completions`: a chat completion with an agent's model, instructions and
/// tools. It takes no `model`, `temperature` or `top_p` (the agent sets them).
public struct AgentCompletionRequest: Codable, Sendable, Hashable {
    /// The agent's id (`ag_…`).
    public var agentID: String
    /// The conversation so far.
    public var messages: [ChatMessage]
    /// The most tokens to generate.
    public var maxTokens: Int?
    /// Generation stops at any of these strings.
    public var stop: [String]?
    /// The seed for deterministic sampling.
    public var randomSeed: Int?
    /// Free-form metadata stored with the request.
    public var metadata: [String: JSONValue]?
    /// The format of the answer.
    public var responseFormat: ResponseFormat?
    /// Tools in addition to the agent's.
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
    /// Whether the model may call several tools at once.
    public var parallelToolCalls: Bool?
    /// How much a reasoning model thinks.
    public var reasoningEffort: ReasoningEffort?
    /// The system prompt mode of legacy reasoning models.
    public var promptMode: PromptMode?
    /// Moderation guardrails, as JSON.
    public var guardrails: [JSONValue]?
    /// A key that groups requests sharing a prompt prefix for caching.
    public var promptCacheKey: String?
    /// Which capacity serves the request.
    public var serviceTier: ServiceTier?
    /// Set by the client: `true` for ``Mistral/Agents/stream(_:)``.
    var stream: Bool?

    public init(
        agentID: String,
        messages: [ChatMessage],
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
        serviceTier: ServiceTier? = nil
    ) {
        self.agentID = agentID
        self.messages = messages
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
    }

    enum CodingKeys: String, CodingKey {
        case agentID = "agent_id"
        case messages
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
        case stream
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        agentID = try container.decode(String.self, forKey: .agentID)
        messages = try container.decode([ChatMessage].self, forKey: .messages)
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
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
    }
}
