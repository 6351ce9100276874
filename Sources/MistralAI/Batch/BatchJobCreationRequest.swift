/// A request to `POST /v1/batch/jobs`: many requests to one endpoint, run asynchronously.
///
/// Give the requests inline (``requests``) or as uploaded JSONL files (``inputFiles``).
public struct BatchJobCreationRequest: Codable, Sendable, Hashable {
    /// The endpoint every request goes to.
    public var endpoint: BatchEndpoint
    /// Uploaded JSONL files of `{"custom_id","body"}` lines.
    public var inputFiles: [String]?
    /// Inline requests.
    public var requests: [BatchRequest]?
    /// The model, when the bodies do not name one.
    public var model: String?
    /// The agent, for agent completions.
    public var agentID: String?
    /// Free-form string metadata.
    public var metadata: [String: String]?
    /// Hours before the job times out (1…168, default 24).
    public var timeoutHours: Int?

    public init(
        endpoint: BatchEndpoint,
        inputFiles: [String]? = nil,
        requests: [BatchRequest]? = nil,
        model: String? = nil,
        agentID: String? = nil,
        metadata: [String: String]? = nil,
        timeoutHours: Int? = nil
    ) {
        self.endpoint = endpoint
        self.inputFiles = inputFiles
        self.requests = requests
        self.model = model
        self.agentID = agentID
        self.metadata = metadata
        self.timeoutHours = timeoutHours
    }

    enum CodingKeys: String, CodingKey {
        case endpoint
        case inputFiles = "input_files"
        case requests, model
        case agentID = "agent_id"
        case metadata
        case timeoutHours = "timeout_hours"
    }
}

/// One request of a batch: `{"custom_id","body"}`.
public struct BatchRequest: Codable, Sendable, Hashable {
    /// Your id for the request, echoed in its result.
    public var customID: String?
    /// The request body.
    public var body: JSONValue

    public init(customID: String? = nil, body: JSONValue) {
        self.customID = customID
        self.body = body
    }

    /// A batch request with a typed body, e.g. a ``ChatCompletionRequest``.
    public init(customID: String? = nil, body: some Encodable) throws {
        self.init(customID: customID, body: try JSONValue(encoding: body))
    }

    enum CodingKeys: String, CodingKey {
        case customID = "custom_id"
        case body
    }
}

/// The endpoint of a batch job.
public enum BatchEndpoint: MistralOpenEnum {
    case chatCompletions
    case embeddings
    case fimCompletions
    case moderations
    case chatModerations
    case ocr
    case classifications
    case chatClassifications
    case conversations
    case audioTranscriptions
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [BatchEndpoint] = [
        .chatCompletions, .embeddings, .fimCompletions, .moderations, .chatModerations, .ocr, .classifications,
        .chatClassifications, .conversations, .audioTranscriptions,
    ]

    public var rawValue: String {
        switch self {
        case .chatCompletions: "/v1/chat/completions"
        case .embeddings: "/v1/embeddings"
        case .fimCompletions: "/v1/fim/completions"
        case .moderations: "/v1/moderations"
        case .chatModerations: "/v1/chat/moderations"
        case .ocr: "/v1/ocr"
        case .classifications: "/v1/classifications"
        case .chatClassifications: "/v1/chat/classifications"
        case .conversations: "/v1/conversations"
        case .audioTranscriptions: "/v1/audio/transcriptions"
        case .unknown(let value): value
        }
    }
}
