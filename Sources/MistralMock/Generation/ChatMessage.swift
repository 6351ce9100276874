/// One chat message, reduced to what the emulator needs to answer it.
struct ChatMessage: Sendable, Equatable {
    /// The message roles of the chat API.
    enum Role: String, Sendable, CaseIterable {
        case system
        case user
        case assistant
        case tool
    }

    var role: Role
    /// The content flattened to text (chunks joined by newlines; images and documents as placeholders).
    var text: String
    /// The tool calls of an assistant message.
    var toolCalls: [ToolCall] = []
    /// The id of the call a tool message answers.
    var toolCallID: String? = nil
    /// The function name of a tool message.
    var name: String? = nil
    /// Whether an assistant message primes the answer (`prefix: true`).
    var prefix: Bool = false
}
