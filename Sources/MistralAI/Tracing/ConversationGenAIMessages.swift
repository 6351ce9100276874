/// Conversation entries as GenAI messages, and the tool executions the API reports in them.
enum ConversationGenAIMessages {
    /// The entry as a GenAI message; `nil` for entries that are not messages (tool executions, handoffs).
    static func message(_ entry: ConversationEntry) -> JSONValue? {
        switch entry {
        case .messageInput(let input):
            return ["role": .string(input.role.rawValue), "parts": .array(GenAIMessages.parts(input.content))]
        case .messageOutput(let output):
            return [
                "role": .string(output.role?.rawValue ?? "assistant"),
                "parts": .array(GenAIMessages.parts(output.content)),
            ]
        case .functionCall(let call):
            return [
                "role": "assistant",
                "parts": [GenAIMessages.toolCall(id: call.toolCallID, name: call.name, arguments: call.arguments)],
            ]
        case .functionResult(let result):
            return [
                "role": "tool",
                "parts": [
                    [
                        "type": "tool_call_response", "id": .string(result.toolCallID),
                        "response": .string(result.result),
                    ]
                ],
            ]
        default:
            return nil
        }
    }

    /// The outputs of a turn as one assistant message per output entry that is a message or a function call.
    static func output(_ entries: [ConversationEntry]) -> JSONValue {
        .array(entries.compactMap(message))
    }
}
