/// Conversation entries as GenAI messages, written as JSON text.
enum ConversationGenAIMessages {
    /// The entries that are messages or function calls and results, as a JSON array of GenAI messages; tool
    /// executions and handoffs are left out.
    static func messages(_ entries: [ConversationEntry]) -> String {
        var capacity = 16
        for entry in entries { capacity += 96 + size(entry) }
        var writer = JSONTextWriter(capacity: capacity)
        writer.beginArray()
        for entry in entries { write(entry, into: &writer) }
        writer.endArray()
        return writer.text
    }

    /// One assistant message holding the streamed text and function calls of a turn, as JSON text.
    static func streamedOutput(text: String, calls: [StreamedFunctionCall]) -> String {
        var writer = JSONTextWriter(capacity: 96 + text.utf8.count + calls.count * 96)
        writer.beginArray()
        writer.beginObject()
        writer.field("role", "assistant")
        writer.key("parts")
        writer.beginArray()
        if !text.isEmpty { GenAIMessages.writeTextPart(type: "text", text, into: &writer) }
        for call in calls {
            GenAIMessages.writeToolCall(id: call.id, name: call.name, arguments: call.arguments, into: &writer)
        }
        writer.endArray()
        writer.endObject()
        writer.endArray()
        return writer.text
    }

    /// A function call as a stream reported it.
    struct StreamedFunctionCall: Sendable {
        var id: String?
        var name: String
        var arguments: String
    }

    private static func write(_ entry: ConversationEntry, into writer: inout JSONTextWriter) {
        switch entry {
        case .messageInput(let input):
            writer.beginObject()
            writer.field("role", input.role.rawValue)
            writer.key("parts")
            GenAIMessages.writeParts(input.content, into: &writer)
            writer.endObject()
        case .messageOutput(let output):
            writer.beginObject()
            writer.field("role", output.role?.rawValue ?? "assistant")
            writer.key("parts")
            GenAIMessages.writeParts(output.content, into: &writer)
            writer.endObject()
        case .functionCall(let call):
            writer.beginObject()
            writer.field("role", "assistant")
            writer.key("parts")
            writer.beginArray()
            GenAIMessages.writeToolCall(id: call.toolCallID, name: call.name, arguments: call.arguments, into: &writer)
            writer.endArray()
            writer.endObject()
        case .functionResult(let result):
            writer.beginObject()
            writer.field("role", "tool")
            writer.key("parts")
            writer.beginArray()
            GenAIMessages.writeToolResponse(id: result.toolCallID, response: result.result, into: &writer)
            writer.endArray()
            writer.endObject()
        default:
            break
        }
    }

    private static func size(_ entry: ConversationEntry) -> Int {
        switch entry {
        case .messageInput(let input): GenAIMessages.contentSize(input.content)
        case .messageOutput(let output): GenAIMessages.contentSize(output.content)
        case .functionCall(let call): call.arguments.utf8.count
        case .functionResult(let result): result.result.utf8.count
        default: 0
        }
    }
}
