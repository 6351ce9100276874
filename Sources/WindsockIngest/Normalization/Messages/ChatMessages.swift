import OrderedJSON

/// Converts chat messages from the formats instrumentations send into the OpenTelemetry GenAI message format:
/// `{"role", "parts": [{"type": "text", "content"}, {"type": "tool_call", "id", "name", "arguments"},
/// {"type": "tool_call_response", "id", "response"}, {"type": "reasoning", "content"}, …]}` plus `finish_reason`
/// on output messages.
///
/// Accepted inputs: messages already in that format; OpenAI/Mistral-style `{"role", "content", "tool_calls",
/// "tool_call_id"}` with string or chunk-list content; Python reprs of Mistral SDK message objects; a chat completion
/// response (`choices`), also wrapped in `{"data": …}` as OpenInference writes streamed ones.
enum ChatMessages {
    /// The messages of `value` (an array of messages) in the GenAI format, or `nil` when it is not a message list
    /// (or an element cannot be read): the caller then keeps the value as it came.
    static func messages(_ value: JSONValue) -> [JSONValue]? {
        guard case .array(let elements) = value, !elements.isEmpty else { return nil }
        var messages: [JSONValue] = []
        messages.reserveCapacity(elements.count)
        var hasContent = false
        for element in elements {
            guard let message = message(element, finishReason: nil) else { return nil }
            hasContent = hasContent || message["parts"]?.arrayValue?.isEmpty == false
            messages.append(.object(message))
        }
        // Messages whose content was lost on the way (OpenLLMetry with plain-dict messages) tell nothing.
        return hasContent ? messages : nil
    }

    /// The output messages of a chat completion response (`choices[].message` or `.delta`, each with its
    /// `finish_reason`), or of a message list; `nil` when `value` is neither.
    static func outputMessages(_ value: JSONValue) -> [JSONValue]? {
        if case .object(let object) = value {
            if let data = object.present("data"), object.present("choices") == nil {
                return outputMessages(data)
            }
            guard case .array(let choices)? = object.present("choices") else {
                return message(value, finishReason: nil).map { [.object($0)] }
            }
            var messages: [JSONValue] = []
            for choice in choices {
                guard case .object(let choiceObject) = choice,
                    let body = choiceObject.present("message") ?? choiceObject.present("delta"),
                    var message = message(body, finishReason: choiceObject.present("finish_reason"))
                else { return nil }
                if message["role"] == nil { message["role"] = "assistant" }
                messages.append(.object(message))
            }
            return messages.isEmpty ? nil : messages
        }
        return messages(value)
    }

    /// One message in the GenAI format.
    static func message(_ value: JSONValue, finishReason: JSONValue?) -> JSONObject? {
        let object: JSONObject
        switch value {
        case .object(let decoded): object = decoded
        case .string(let text):
            guard case .object(let decoded)? = EmbeddedJSON.parse(text) ?? PythonReprParser.parse(text) else {
                return nil
            }
            object = decoded
        default: return nil
        }
        if case .array(let parts)? = object.present("parts") {
            var message = object
            if parts.contains(where: { needsNormalizing($0, among: parts.count) }) {
                var normalized = parts.map(normalizedPart)
                if normalized.count > 1 {
                    normalized.removeAll { $0["type"]?.stringValue == "text" && $0["content"]?.stringValue == "" }
                }
                message["parts"] = .array(normalized)
            }
            if let finishReason, message["finish_reason"] == nil { message["finish_reason"] = finishReason }
            return message
        }
        guard let role = object.present("role")?.stringValue else { return nil }
        var parts: [JSONValue] = []
        let toolCalls = object.present("tool_calls")?.arrayValue ?? []
        if role == "tool" || role == "function" {
            var response = JSONObject()
            response["type"] = "tool_call_response"
            if let id = object.present("tool_call_id") { response["id"] = id }
            response["response"] = object.present("content") ?? .string("")
            parts.append(.object(response))
        } else if let content = object.present("content") {
            parts.append(contentsOf: contentParts(content, skipEmptyText: !toolCalls.isEmpty))
        }
        for call in toolCalls {
            if let part = toolCallPart(call) { parts.append(.object(part)) }
        }
        var message = JSONObject()
        message["role"] = .string(role)
        message["parts"] = .array(parts)
        if let name = object.present("name"), role != "tool" { message["name"] = name }
        if let finishReason = finishReason ?? object.present("finish_reason") {
            message["finish_reason"] = finishReason
        }
        return message
    }

    /// The parts of a message's `content`: a string, or a list of chunks (`text`, `thinking`, `image_url`, …).
    static func contentParts(_ content: JSONValue, skipEmptyText: Bool = false) -> [JSONValue] {
        switch content {
        case .string(let text):
            if text.isEmpty && skipEmptyText { return [] }
            return [textPart(text)]
        case .array(let chunks):
            return chunks.flatMap { chunk -> [JSONValue] in
                switch chunk {
                case .string(let text): return [textPart(text)]
                case .object(let object): return [chunkPart(object)]
                default: return []
                }
            }
        case .null: return []
        default: return [textPart(content.compactString)]
        }
    }

    static func textPart(_ text: String) -> JSONValue {
        .object(JSONObject([("type", "text"), ("content", .string(text))]))
    }

    private static func chunkPart(_ chunk: JSONObject) -> JSONValue {
        let type = chunk.present("type")?.stringValue ?? "text"
        switch type {
        case "text":
            return textPart(chunk.present("text")?.stringValue ?? chunk.present("content")?.stringValue ?? "")
        case "thinking", "reasoning":
            let inner = chunk.present("thinking") ?? chunk.present("content") ?? chunk.present("text") ?? .string("")
            let text: String
            switch inner {
            case .string(let string): text = string
            case .array(let pieces):
                text = pieces.compactMap { $0["text"]?.stringValue ?? $0.stringValue }.joined()
            default: text = inner.compactString
            }
            return .object(JSONObject([("type", "reasoning"), ("content", .string(text))]))
        case "image_url", "document_url", "input_audio", "file":
            let modality = type == "image_url" ? "image" : type == "input_audio" ? "audio" : "document"
            let source = chunk.present(type) ?? chunk.present("url") ?? .null
            let uri = source["url"] ?? source
            var part = JSONObject([("type", "uri"), ("modality", .string(modality))])
            if let text = uri.stringValue { part["uri"] = .string(text) } else { part["value"] = uri }
            return .object(part)
        default:
            return .object(chunk)
        }
    }

    /// A tool call in a message's `tool_calls`, from flattened attributes.
    static func toolCall(id: JSONValue?, name: JSONValue?, arguments: JSONValue?) -> JSONValue {
        var call = JSONObject()
        if let id { call["id"] = id }
        call["name"] = name ?? ""
        if let arguments { call["arguments"] = arguments }
        return .object(call)
    }

    /// `{"id", "type": "function", "function": {"name", "arguments"}}` (or already flat) as a `tool_call` part.
    static func toolCallPart(_ call: JSONValue) -> JSONObject? {
        guard case .object(let object) = call else { return nil }
        let function = object.present("function")?.objectValue ?? object
        guard let name = function.present("name") else { return nil }
        var part = JSONObject()
        part["type"] = "tool_call"
        if let id = object.present("id") { part["id"] = id }
        part["name"] = name
        if let arguments = function.present("arguments") ?? function.present("args") {
            part["arguments"] = EmbeddedJSON.decoded(arguments)
        }
        return part
    }

    /// Whether a part in the GenAI format needs ``normalizedPart(_:)`` or dropping (an empty text beside others).
    private static func needsNormalizing(_ part: JSONValue, among count: Int) -> Bool {
        switch part["type"]?.stringValue {
        case "tool_call": part["arguments"]?.stringValue != nil
        case "text": count > 1 && part["content"]?.stringValue == ""
        default: false
        }
    }

    /// A part already in the GenAI format, with tool-call arguments sent as JSON text decoded into JSON.
    private static func normalizedPart(_ part: JSONValue) -> JSONValue {
        guard case .object(var object) = part, object["type"]?.stringValue == "tool_call",
            case .string(let text)? = object["arguments"], let decoded = EmbeddedJSON.parse(text)
        else { return part }
        object["arguments"] = decoded
        return .object(object)
    }

    /// Prepends the system instructions (a list of parts, or text) as a `system` message, unless the messages
    /// already start with a system message.
    static func prependingSystem(_ instructions: JSONValue?, to messages: [JSONValue]) -> [JSONValue] {
        guard let instructions else { return messages }
        if messages.first?["role"]?.stringValue == "system" { return messages }
        let parts: [JSONValue]
        switch instructions {
        case .array(let elements): parts = elements.map { $0.stringValue.map(textPart) ?? $0 }
        case .string(let text): parts = [textPart(text)]
        default: return messages
        }
        return [.object(JSONObject([("role", "system"), ("parts", .array(parts))]))] + messages
    }
}
