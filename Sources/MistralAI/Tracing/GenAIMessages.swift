/// Chat messages in the OpenTelemetry GenAI conventions' JSON format (`gen_ai.input.messages`,
/// `gen_ai.output.messages`): `{"role", "parts": [{"type": "text", "content"}, {"type": "tool_call", …}, …]}`.
enum GenAIMessages {
    static func input(_ messages: [ChatMessage]) -> JSONValue {
        .array(messages.map(message))
    }

    static func message(_ message: ChatMessage) -> JSONValue {
        switch message {
        case .system(let system):
            return ["role": "system", "parts": .array(parts(system.content))]
        case .user(let user):
            return ["role": "user", "parts": .array(parts(user.content))]
        case .assistant(let assistant):
            return ["role": "assistant", "parts": .array(assistantParts(assistant))]
        case .tool(let tool):
            var part: [String: JSONValue] = [
                "type": "tool_call_response",
                "response": .string(tool.content?.text ?? ""),
            ]
            if let id = tool.toolCallID { part["id"] = .string(id) }
            var object: [String: JSONValue] = ["role": "tool", "parts": [.object(part)]]
            if let name = tool.name { object["name"] = .string(name) }
            return .object(object)
        }
    }

    /// One output message per choice, with its finish reason.
    static func output(_ choices: [ChatCompletionChoice]) -> JSONValue {
        .array(
            choices.map { choice in
                [
                    "role": "assistant",
                    "parts": .array(assistantParts(choice.message)),
                    "finish_reason": .string(choice.finishReason?.rawValue ?? ""),
                ]
            })
    }

    static func assistantParts(_ message: AssistantMessage) -> [JSONValue] {
        var result = parts(message.content)
        for call in message.toolCalls ?? [] {
            result.append(toolCall(id: call.id, name: call.function.name, arguments: call.function.arguments))
        }
        return result
    }

    static func toolCall(id: String?, name: String, arguments: String) -> JSONValue {
        var part: [String: JSONValue] = [
            "type": "tool_call",
            "name": .string(name),
            "arguments": (try? JSONValue(parsing: arguments)) ?? .string(arguments),
        ]
        if let id { part["id"] = .string(id) }
        return .object(part)
    }

    static func parts(_ content: MessageContent?) -> [JSONValue] {
        switch content {
        case nil: return []
        case .text(let text)? where text.isEmpty: return []
        case .text(let text)?: return [["type": "text", "content": .string(text)]]
        case .chunks(let chunks)?: return chunks.map(part)
        }
    }

    static func part(_ chunk: ContentChunk) -> JSONValue {
        switch chunk {
        case .text(let text):
            return ["type": "text", "content": .string(text)]
        case .thinking(let thinking):
            return ["type": "reasoning", "content": .string(thinking.text)]
        case .imageURL(let image):
            return uri(image.url, modality: "image")
        case .documentURL(let document):
            return uri(document.url, modality: "document")
        case .file(let fileID):
            return ["type": "file", "file_id": .string(fileID)]
        case .inputAudio:
            return ["type": "blob", "modality": "audio"]
        default:
            return ["type": .string(chunk.type)]
        }
    }

    /// A URI part; inline `data:` URIs are not copied into the span (they can be megabytes).
    private static func uri(_ uri: String, modality: String) -> JSONValue {
        if uri.hasPrefix("data:") {
            let mimeType = uri.dropFirst(5).prefix { $0 != ";" && $0 != "," }
            return ["type": "blob", "modality": .string(modality), "mime_type": .string(String(mimeType))]
        }
        return ["type": "uri", "modality": .string(modality), "uri": .string(uri)]
    }
}
