/// The span attribute names this client records: OpenTelemetry's GenAI semantic conventions, plus `windsock.*`
/// names for what they lack.
///
/// swift-otel-semantic-conventions keeps the `gen_ai.*` names behind a non-default trait, all deprecated, so the
/// client keeps its own. Values follow the conventions' types (JSON strings for messages and tool definitions).
public enum GenAIAttributes {
    /// `gen_ai.provider.name`: always ``mistralProvider`` here.
    public static let providerName = "gen_ai.provider.name"
    /// `gen_ai.system`: the older name of the provider, kept for backends that read only it.
    public static let system = "gen_ai.system"
    /// The provider's value: `mistral_ai`.
    public static let mistralProvider = "mistral_ai"
    /// `gen_ai.operation.name`: `chat`, `embeddings`, `text_completion`, `invoke_agent`, `execute_tool`, …
    public static let operationName = "gen_ai.operation.name"
    /// `gen_ai.conversation.id`.
    public static let conversationID = "gen_ai.conversation.id"
    /// `gen_ai.agent.id`.
    public static let agentID = "gen_ai.agent.id"
    /// `gen_ai.agent.name`.
    public static let agentName = "gen_ai.agent.name"

    /// `gen_ai.request.model`.
    public static let requestModel = "gen_ai.request.model"
    /// `gen_ai.request.temperature`.
    public static let requestTemperature = "gen_ai.request.temperature"
    /// `gen_ai.request.top_p`.
    public static let requestTopP = "gen_ai.request.top_p"
    /// `gen_ai.request.max_tokens`.
    public static let requestMaxTokens = "gen_ai.request.max_tokens"
    /// `gen_ai.request.stop_sequences`.
    public static let requestStopSequences = "gen_ai.request.stop_sequences"
    /// `gen_ai.request.seed`.
    public static let requestSeed = "gen_ai.request.seed"
    /// `gen_ai.request.presence_penalty`.
    public static let requestPresencePenalty = "gen_ai.request.presence_penalty"
    /// `gen_ai.request.frequency_penalty`.
    public static let requestFrequencyPenalty = "gen_ai.request.frequency_penalty"
    /// `gen_ai.request.choice.count`.
    public static let requestChoiceCount = "gen_ai.request.choice.count"
    /// `gen_ai.request.stream`.
    public static let requestStream = "gen_ai.request.stream"
    /// `gen_ai.request.encoding_formats`.
    public static let requestEncodingFormats = "gen_ai.request.encoding_formats"
    /// `gen_ai.output.type`: `text`, `json`, …
    public static let outputType = "gen_ai.output.type"
    /// `gen_ai.tool.definitions`: the tools offered, as JSON.
    public static let toolDefinitions = "gen_ai.tool.definitions"

    /// `gen_ai.response.id`.
    public static let responseID = "gen_ai.response.id"
    /// `gen_ai.response.model`.
    public static let responseModel = "gen_ai.response.model"
    /// `gen_ai.response.finish_reasons`.
    public static let responseFinishReasons = "gen_ai.response.finish_reasons"

    /// `gen_ai.usage.input_tokens`.
    public static let usageInputTokens = "gen_ai.usage.input_tokens"
    /// `gen_ai.usage.output_tokens`.
    public static let usageOutputTokens = "gen_ai.usage.output_tokens"

    /// `gen_ai.input.messages`: the chat input, as JSON in the conventions' message format.
    public static let inputMessages = "gen_ai.input.messages"
    /// `gen_ai.output.messages`: the choices, as JSON in the conventions' message format.
    public static let outputMessages = "gen_ai.output.messages"
    /// `gen_ai.system_instructions`: system messages kept apart from the input, as JSON.
    public static let systemInstructions = "gen_ai.system_instructions"

    /// `gen_ai.tool.name`.
    public static let toolName = "gen_ai.tool.name"
    /// `gen_ai.tool.call.id`.
    public static let toolCallID = "gen_ai.tool.call.id"
    /// `gen_ai.tool.type`.
    public static let toolType = "gen_ai.tool.type"
    /// `gen_ai.tool.call.arguments`.
    public static let toolCallArguments = "gen_ai.tool.call.arguments"
    /// `gen_ai.tool.call.result`.
    public static let toolCallResult = "gen_ai.tool.call.result"

    /// `gen_ai.embeddings.dimension.count`.
    public static let embeddingsDimensionCount = "gen_ai.embeddings.dimension.count"

    /// `server.address`.
    public static let serverAddress = "server.address"
    /// `server.port`.
    public static let serverPort = "server.port"
    /// `error.type`.
    public static let errorType = "error.type"
    /// `http.response.status_code`.
    public static let httpStatusCode = "http.response.status_code"
}
