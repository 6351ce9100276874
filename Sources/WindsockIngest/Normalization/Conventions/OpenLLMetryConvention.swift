import OrderedJSON
import WindsockModel

/// Traceloop's OpenLLMetry: `llm.request.type`, `gen_ai.prompt.N.*` / `gen_ai.completion.N.*`, `llm.usage.*`,
/// `llm.is_streaming`, `llm.request.functions.N.*`, and Traceloop's `traceloop.span.kind` / `traceloop.entity.*`.
extension SpanBuilder {
    mutating func applyOpenLLMetry(_ attributes: AttributeIndex) {
        if attributes.has(.llm) {
            if let type = attributes.string("llm.request.type") {
                Self.fill(&kind, SpanKinds.fromTraceloop(type))
                switch type {
                case "chat": Self.fill(&span.operation, "chat")
                case "completion": Self.fill(&span.operation, "text_completion")
                case "embedding": Self.fill(&span.operation, "embeddings")
                default: break
                }
            }
            Self.fill(&inputTokens, attributes.int("llm.usage.prompt_tokens"))
            Self.fill(&outputTokens, attributes.int("llm.usage.completion_tokens"))
            Self.fill(&totalTokens, attributes.int("llm.usage.total_tokens"))
            if let streaming = attributes.bool("llm.is_streaming") {
                Self.fill(&self.streaming, streaming)
                addParameter("stream", .bool(streaming))
            }
            let functions = attributes.indexedGroups(prefix: "llm.request.functions.").map { group in
                var function = JSONObject()
                for field in ["name", "description", "parameters"] {
                    if let value = group.values[field] {
                        function[field] = field == "parameters" ? EmbeddedJSON.decoded(value) : value
                    }
                }
                return JSONValue.object(function)
            }
            if !functions.isEmpty { Self.fill(&span.toolDefinitions, .array(functions)) }
        }
        if attributes.has(.traceloop) {
            if let type = attributes.string("traceloop.span.kind") { Self.fill(&kind, SpanKinds.fromTraceloop(type)) }
            Self.fill(&span.input, attributes.jsonOrText("traceloop.entity.input"))
            Self.fill(&span.output, attributes.jsonOrText("traceloop.entity.output"))
        }
        guard attributes.has(.genAI) else { return }
        if span.input == nil, attributes["gen_ai.prompt.0.role"] != nil || attributes["gen_ai.prompt.0.content"] != nil
        {
            let groups = attributes.indexedGroups(prefix: "gen_ai.prompt.")
            if kind == .embedding {
                let texts = groups.compactMap { $0.values["content"] }
                if !texts.isEmpty { span.input = .array(texts) }
            } else {
                let messages = groups.compactMap { Self.flattenedMessage($0.values, finishReason: nil) }
                if let converted = ChatMessages.messages(.array(messages.map(JSONValue.object))) {
                    span.input = .array(converted)
                }
            }
        }
        if span.output == nil,
            attributes["gen_ai.completion.0.role"] != nil || attributes["gen_ai.completion.0.content"] != nil
                || attributes["gen_ai.completion.0.finish_reason"] != nil
        {
            let groups = attributes.indexedGroups(prefix: "gen_ai.completion.")
            let messages = groups.compactMap {
                Self.flattenedMessage($0.values, finishReason: $0.values["finish_reason"])
            }
            setChatOutput(.array(messages.map(JSONValue.object)))
            if span.finishReasons.isEmpty {
                span.finishReasons = groups.compactMap { $0.values["finish_reason"]?.stringValue }
            }
        }
    }

    /// One OpenLLMetry message (`role`, `content`, `tool_calls.N.{id,name,arguments}`, `tool_call_id`).
    private static func flattenedMessage(_ values: [String: JSONValue], finishReason: JSONValue?) -> JSONObject? {
        var message = JSONObject()
        let role = values["role"]?.stringValue ?? ""
        message["role"] = .string(role.isEmpty ? "assistant" : role)
        if let content = values["content"] {
            // Multimodal content arrives as a JSON list of chunks; other JSON-looking text (tool results) stays text.
            if case .string(let text) = content, case .array(let chunks)? = EmbeddedJSON.parse(text),
                chunks.allSatisfy({ $0["type"] != nil })
            {
                message["content"] = .array(chunks)
            } else {
                message["content"] = content
            }
        }
        let calls = groups(values, prefix: "tool_calls.").map { call in
            ChatMessages.toolCall(id: call["id"], name: call["name"], arguments: call["arguments"])
        }
        if !calls.isEmpty { message["tool_calls"] = .array(calls) }
        if let id = values["tool_call_id"] { message["tool_call_id"] = id }
        return ChatMessages.message(.object(message), finishReason: finishReason)
    }
}
