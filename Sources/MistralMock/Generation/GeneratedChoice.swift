/// One generated choice of a completion.
struct GeneratedChoice: Sendable, Equatable {
    /// The choice's index.
    var index: Int
    /// The answer text (empty for tool calls).
    var content: String
    /// The text split into the tokens that are streamed one by one.
    var tokens: [String]
    /// The tool calls, when the model calls tools.
    var toolCalls: [ToolCall]
    /// `stop`, `length` or `tool_calls`.
    var finishReason: String
    /// The tokens this choice counts as completion tokens.
    var completionTokens: Int
}
