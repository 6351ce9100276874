/// A chat-style completion request, normalised from chat, agents and conversation bodies.
struct CompletionRequest: Sendable {
    /// The model id echoed in the answer.
    var model: String
    var messages: [ChatMessage]
    var tools: [ToolDefinition] = []
    var toolChoice: ToolChoice = .auto
    var parallelToolCalls: Bool = true
    var responseFormat: ResponseFormat = .text
    var maxTokens: Int? = nil
    var stop: [String] = []
    /// The number of choices (`n`).
    var choiceCount: Int = 1
    /// The text the answer is derived from deterministically (model, messages, seed).
    var seed: String
}
