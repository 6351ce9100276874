/// Token usage of a completion, embedding or conversation turn.
///
/// Decoding is lenient: missing counts are zero, and the optional extras of newer responses
/// (`prompt_tokens_details`, `prompt_audio_seconds`, conversation connector counts) are read when present.
public struct UsageInfo: Codable, Sendable, Hashable {
    /// Tokens in the prompt.
    public var promptTokens: Int
    /// Tokens generated.
    public var completionTokens: Int
    /// Prompt plus completion tokens.
    public var totalTokens: Int
    /// Details of the prompt tokens, such as how many came from the prompt cache.
    public var promptTokensDetails: PromptTokensDetails?
    /// Seconds of audio in the prompt.
    public var promptAudioSeconds: Double?
    /// The service tier that served the request.
    public var serviceTier: String?
    /// Tokens used by connectors (conversations).
    public var connectorTokens: Int?
    /// Calls per connector (conversations).
    public var connectors: [String: Int]?

    /// Details of the prompt tokens.
    public struct PromptTokensDetails: Codable, Sendable, Hashable {
        /// Prompt tokens served from the cache.
        public var cachedTokens: Int?

        public init(cachedTokens: Int? = nil) {
            self.cachedTokens = cachedTokens
        }

        enum CodingKeys: String, CodingKey {
            case cachedTokens = "cached_tokens"
        }
    }

    public init(
        promptTokens: Int,
        completionTokens: Int,
        totalTokens: Int? = nil,
        promptTokensDetails: PromptTokensDetails? = nil,
        promptAudioSeconds: Double? = nil,
        serviceTier: String? = nil,
        connectorTokens: Int? = nil,
        connectors: [String: Int]? = nil
    ) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens ?? promptTokens + completionTokens
        self.promptTokensDetails = promptTokensDetails
        self.promptAudioSeconds = promptAudioSeconds
        self.serviceTier = serviceTier
        self.connectorTokens = connectorTokens
        self.connectors = connectors
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case promptTokensDetails = "prompt_tokens_details"
        case promptAudioSeconds = "prompt_audio_seconds"
        case serviceTier = "service_tier"
        case connectorTokens = "connector_tokens"
        case connectors
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        promptTokens = try container.decodeIfPresent(Int.self, forKey: .promptTokens) ?? 0
        completionTokens = try container.decodeIfPresent(Int.self, forKey: .completionTokens) ?? 0
        totalTokens = try container.decodeIfPresent(Int.self, forKey: .totalTokens) ?? promptTokens + completionTokens
        promptTokensDetails = try? container.decodeIfPresent(PromptTokensDetails.self, forKey: .promptTokensDetails)
        // The spec's own example sends `{}` here; anything that is not a number is ignored.
        promptAudioSeconds = try? container.decodeIfPresent(Double.self, forKey: .promptAudioSeconds)
        serviceTier = try container.decodeIfPresent(String.self, forKey: .serviceTier)
        connectorTokens = try container.decodeIfPresent(Int.self, forKey: .connectorTokens)
        connectors = try? container.decodeIfPresent([String: Int].self, forKey: .connectors)
    }
}
