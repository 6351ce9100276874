/// Completion settings of an agent or a conversation (`completion_args`).
public struct CompletionArgs: Codable, Sendable, Hashable {
    /// Generation stops at any of these strings.
    public var stop: [String]?
    /// Penalises tokens that already appeared (−2…2).
    public var presencePenalty: Double?
    /// Penalises tokens by how often they appeared (−2…2).
    public var frequencyPenalty: Double?
    /// Sampling temperature (0…1).
    public var temperature: Double?
    /// Nucleus sampling probability mass.
    public var topP: Double?
    /// The most tokens to generate.
    public var maxTokens: Int?
    /// The seed for deterministic sampling.
    public var randomSeed: Int?
    /// Expected output that speeds up generation.
    public var prediction: Prediction?
    /// The format of the answer.
    public var responseFormat: ResponseFormat?
    /// Whether the model must call tools (`auto`, `none`, `any`, `required`).
    public var toolChoice: ToolChoice?
    /// How much a reasoning model thinks.
    public var reasoningEffort: ReasoningEffort?

    public init(
        stop: [String]? = nil,
        presencePenalty: Double? = nil,
        frequencyPenalty: Double? = nil,
        temperature: Double? = nil,
        topP: Double? = nil,
        maxTokens: Int? = nil,
        randomSeed: Int? = nil,
        prediction: Prediction? = nil,
        responseFormat: ResponseFormat? = nil,
        toolChoice: ToolChoice? = nil,
        reasoningEffort: ReasoningEffort? = nil
    ) {
        self.stop = stop
        self.presencePenalty = presencePenalty
        self.frequencyPenalty = frequencyPenalty
        self.temperature = temperature
        self.topP = topP
        self.maxTokens = maxTokens
        self.randomSeed = randomSeed
        self.prediction = prediction
        self.responseFormat = responseFormat
        self.toolChoice = toolChoice
        self.reasoningEffort = reasoningEffort
    }

    enum CodingKeys: String, CodingKey {
        case stop
        case presencePenalty = "presence_penalty"
        case frequencyPenalty = "frequency_penalty"
        case temperature
        case topP = "top_p"
        case maxTokens = "max_tokens"
        case randomSeed = "random_seed"
        case prediction
        case responseFormat = "response_format"
        case toolChoice = "tool_choice"
        case reasoningEffort = "reasoning_effort"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stop = try StopSequences.decode(from: container, forKey: .stop)
        presencePenalty = try container.decodeIfPresent(Double.self, forKey: .presencePenalty)
        frequencyPenalty = try container.decodeIfPresent(Double.self, forKey: .frequencyPenalty)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        maxTokens = try container.decodeIfPresent(Int.self, forKey: .maxTokens)
        randomSeed = try container.decodeIfPresent(Int.self, forKey: .randomSeed)
        prediction = try container.decodeIfPresent(Prediction.self, forKey: .prediction)
        responseFormat = try container.decodeIfPresent(ResponseFormat.self, forKey: .responseFormat)
        toolChoice = try container.decodeIfPresent(ToolChoice.self, forKey: .toolChoice)
        reasoningEffort = try container.decodeIfPresent(ReasoningEffort.self, forKey: .reasoningEffort)
    }
}
