/// Chat messages in the OpenTelemetry GenAI conventions' JSON format (`gen_ai.input.messages`,
/// `gen_ai.output.messages`): `{"role", "parts": [{"type": "text", "content"}, {"type": "tool_call", …}, …]}`.
///
/// Written straight into JSON text with ``JSONTextWriter``, sized from the content up front.
enum GenAIMessages {
    /// The request's messages, as JSON text.
    static func input(_ messages: [ChatMessage]) -> String {
        var writer = JSONTextWriter(capacity: capacity(messages))
        write(messages, into: &writer)
        return writer.text
    }

    /// One output message per choice, with its finish reason, as JSON text.
    static func output(_ choices: [ChatCompletionChoice]) -> String {
        var capacity = 16
        for choice in choices { capacity += 96 + contentSize(choice.message.content) }
        var writer = JSONTextWriter(capacity: capacity)
        writer.beginArray()
        for choice in choices {
            writer.beginObject()
            writer.field("role", "assistant")
            writer.key("parts")
            writeAssistantParts(choice.message, into: &writer)
            writer.field("finish_reason", choice.finishReason?.rawValue ?? "")
            writer.endObject()
        }
        writer.endArray()
        return writer.text
    }

    /// One user message holding `text`, as JSON text (FIM prompts, conversation inputs given as text).
    static func userText(_ text: String) -> String {
        var writer = JSONTextWriter(capacity: 64 + text.utf8.count)
        writer.beginArray()
        writer.beginObject()
        writer.field("role", "user")
        writer.key("parts")
        writer.beginArray()
        writeTextPart(type: "text", text, into: &writer)
        writer.endArray()
        writer.endObject()
        writer.endArray()
        return writer.text
    }

    /// An estimate of the JSON size of `messages`, to reserve the buffer once.
    static func capacity(_ messages: [ChatMessage]) -> Int {
        var capacity = 16
        for message in messages {
            capacity += 64
            switch message {
            case .system(let system): capacity += contentSize(system.content)
            case .user(let user): capacity += contentSize(user.content)
            case .assistant(let assistant):
                capacity += contentSize(assistant.content)
                for call in assistant.toolCalls ?? [] { capacity += 64 + call.function.arguments.utf8.count }
            case .tool(let tool): capacity += 64 + contentSize(tool.content)
            }
        }
        return capacity
    }

    static func write(_ messages: [ChatMessage], into writer: inout JSONTextWriter) {
        writer.beginArray()
        for message in messages { write(message, into: &writer) }
        writer.endArray()
    }

    static func write(_ message: ChatMessage, into writer: inout JSONTextWriter) {
        writer.beginObject()
        switch message {
        case .system(let system):
            writer.field("role", "system")
            writer.key("parts")
            writeParts(system.content, into: &writer)
        case .user(let user):
            writer.field("role", "user")
            writer.key("parts")
            writeParts(user.content, into: &writer)
        case .assistant(let assistant):
            writer.field("role", "assistant")
            writer.key("parts")
            writeAssistantParts(assistant, into: &writer)
        case .tool(let tool):
            writer.field("role", "tool")
            if let name = tool.name { writer.field("name", name) }
            writer.key("parts")
            writer.beginArray()
            writeToolResponse(id: tool.toolCallID, response: tool.content?.text ?? "", into: &writer)
            writer.endArray()
        }
        writer.endObject()
    }

    static func writeAssistantParts(_ message: AssistantMessage, into writer: inout JSONTextWriter) {
        writer.beginArray()
        writePartElements(message.content, into: &writer)
        for call in message.toolCalls ?? [] {
            writeToolCall(id: call.id, name: call.function.name, arguments: call.function.arguments, into: &writer)
        }
        writer.endArray()
    }

    /// A `tool_call` part; arguments that are JSON are kept as JSON, others as a string.
    static func writeToolCall(id: String?, name: String, arguments: String, into writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.field("type", "tool_call")
        if let id { writer.field("id", id) }
        writer.field("name", name)
        writer.key("arguments")
        if let parsed = try? JSONValue(parsing: arguments) {
            writer.value(parsed)
        } else {
            writer.string(arguments)
        }
        writer.endObject()
    }

    /// A `tool_call_response` part.
    static func writeToolResponse(id: String?, response: String, into writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.field("type", "tool_call_response")
        if let id { writer.field("id", id) }
        writer.field("response", response)
        writer.endObject()
    }

    /// The parts of a message's content, as an array.
    static func writeParts(_ content: MessageContent?, into writer: inout JSONTextWriter) {
        writer.beginArray()
        writePartElements(content, into: &writer)
        writer.endArray()
    }

    /// A part holding text: `{"type": type, "content": text}`.
    static func writeTextPart(type: String, _ text: String, into writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.field("type", type)
        writer.field("content", text)
        writer.endObject()
    }

    /// The bytes of text in `content`, for sizing buffers.
    static func contentSize(_ content: MessageContent?) -> Int {
        switch content {
        case nil: return 0
        case .text(let text)?: return text.utf8.count
        case .chunks(let chunks)?: return chunks.count * 64 + chunks.reduce(0) { $0 + chunkSize($1) }
        }
    }

    private static func chunkSize(_ chunk: ContentChunk) -> Int {
        switch chunk {
        case .text(let text): text.utf8.count
        case .thinking(let thinking): thinking.text.utf8.count
        default: 0
        }
    }

    private static func writePartElements(_ content: MessageContent?, into writer: inout JSONTextWriter) {
        switch content {
        case nil: return
        case .text(let text)? where text.isEmpty: return
        case .text(let text)?: writeTextPart(type: "text", text, into: &writer)
        case .chunks(let chunks)?:
            for chunk in chunks { write(chunk, into: &writer) }
        }
    }

    private static func write(_ chunk: ContentChunk, into writer: inout JSONTextWriter) {
        switch chunk {
        case .text(let text):
            writeTextPart(type: "text", text, into: &writer)
        case .thinking(let thinking):
            writeTextPart(type: "reasoning", thinking.text, into: &writer)
        case .imageURL(let image):
            writeURI(image.url, modality: "image", into: &writer)
        case .documentURL(let document):
            writeURI(document.url, modality: "document", into: &writer)
        case .file(let fileID):
            writer.beginObject()
            writer.field("type", "file")
            writer.field("file_id", fileID)
            writer.endObject()
        case .inputAudio:
            writer.beginObject()
            writer.field("type", "blob")
            writer.field("modality", "audio")
            writer.endObject()
        default:
            writer.beginObject()
            writer.field("type", chunk.type)
            writer.endObject()
        }
    }

    /// A URI part; inline `data:` URIs are not copied into the span (they can be megabytes).
    private static func writeURI(_ uri: String, modality: String, into writer: inout JSONTextWriter) {
        writer.beginObject()
        if uri.hasPrefix("data:") {
            let mimeType = uri.dropFirst(5).prefix { $0 != ";" && $0 != "," }
            writer.field("type", "blob")
            writer.field("modality", modality)
            writer.field("mime_type", String(mimeType))
        } else {
            writer.field("type", "uri")
            writer.field("modality", modality)
            writer.field("uri", uri)
        }
        writer.endObject()
    }
}
