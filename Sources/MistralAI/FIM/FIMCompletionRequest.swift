/// A request to `POST /v1/fim/completions`: code between a `prompt` and an optional `suffix` (Codestral).
public struct FIMCompletionRequest: Codable, Sendable, Hashable {
    /// The model id, e.g. `codestral-latest`.
    public var model: String
    /// The code before the gap.
    public var prompt: String
    /// The code after the gap.
    public var suffix: String?
    /// Sampling temperature (0…1.5).
    public var temperature: Double?
    /// Nucleus sampling probability mass (0…1].
    public var topP: Double?
    /// The most tokens to generate.
    public var maxTokens: Int?
    /// The fewest tokens to generate.
    public var minTokens: Int?
    /// Generation stops at any of these strings.
    public var stop: [String]?
    /// The seed for deterministic sampling.
    public var randomSeed: Int?
    /// Free-form metadata stored with the request.
    public var metadata: [String: JSONValue]?
    /// A key that groups requests sharing a prompt prefix for caching.
    public var promptCacheKey: String?
    /// Set by the client: `true` for ``Mistral/FIM/stream(_:)``.
    var stream: Bool?

    public init(
        model: String,
        prompt: String,
        suffix: String? = nil,
        temperature: Double? = nil,
        topP: Double? = nil,
        maxTokens: Int? = nil,
        minTokens: Int? = nil,
        stop: [String]? = nil,
        randomSeed: Int? = nil,
        metadata: [String: JSONValue]? = nil,
        promptCacheKey: String? = nil
    ) {
        self.model = model
        self.prompt = prompt
        self.suffix = suffix
        self.temperature = temperature
        self.topP = topP
        self.maxTokens = maxTokens
        self.minTokens = minTokens
        self.stop = stop
        self.randomSeed = randomSeed
        self.metadata = metadata
        self.promptCacheKey = promptCacheKey
    }

    enum CodingKeys: String, CodingKey {
        case model, prompt, suffix, temperature
        case topP = "top_p"
        case maxTokens = "max_tokens"
        case minTokens = "min_tokens"
        case stop
        case randomSeed = "random_seed"
        case metadata
        case promptCacheKey = "prompt_cache_key"
        case stream
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        prompt = try container.decode(String.self, forKey: .prompt)
        suffix = try container.decodeIfPresent(String.self, forKey: .suffix)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        maxTokens = try container.decodeIfPresent(Int.self, forKey: .maxTokens)
        minTokens = try container.decodeIfPresent(Int.self, forKey: .minTokens)
        stop = try StopSequences.decode(from: container, forKey: .stop)
        randomSeed = try container.decodeIfPresent(Int.self, forKey: .randomSeed)
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
        promptCacheKey = try container.decodeIfPresent(String.self, forKey: .promptCacheKey)
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
    }
}

/// The answer of a FIM completion: the chat shape, whose message content holds only the infill.
public typealias FIMCompletionResponse = ChatCompletionResponse
