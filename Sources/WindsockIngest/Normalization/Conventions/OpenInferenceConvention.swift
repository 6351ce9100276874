import OrderedJSON
import WindsockModel

/// Arize OpenInference: `openinference.span.kind`, `llm.*`, `llm.input_messages.N.message.*`, `input.value` /
/// `output.value` with their mime types, retriever documents, embeddings, tools and prompt templates.
extension SpanBuilder {
    /// Keys of `llm.invocation_parameters` that are not model parameters.
    private static let nonParameters: Set<String> = [
        "model", "messages", "tools", "retries", "server_url", "timeout_ms", "http_headers", "inputs", "prompt",
        "suffix",
    ]

    mutating func applyOpenInference(_ attributes: AttributeIndex) {
        let hasLLM = attributes.has(.llm)
        guard
            hasLLM || attributes.has(.openInference) || attributes.has(.inputOutput)
                || attributes.has(.inputOutput) || attributes.has(.retrieval)
                || attributes.has(.embedding) || attributes.has(.tool)
        else { return }
        if let openInferenceKind = attributes.string("openinference.span.kind") {
            let mapped = SpanKinds.fromOpenInference(openInferenceKind)
            Self.fill(&kind, mapped)
            if mapped == .llm { Self.fill(&span.operation, "chat") }
            if mapped == .embedding { Self.fill(&span.operation, "embeddings") }
        }
        let output = Self.openInferenceValue(attributes, "output")
        if kind == .llm, let output, let messages = ChatMessages.outputMessages(output) {
            // The response JSON is richer than `llm.output_messages` (it keeps tool call ids).
            setChatOutput(.array(messages))
        }
        if hasLLM { applyOpenInferenceLLM(attributes) }
        if let model = attributes.string("embedding.model_name") { Self.fill(&span.requestModel, model) }
        if attributes.has(.embedding) {
            let texts = attributes.indexedGroups(prefix: "embedding.embeddings.").compactMap {
                $0.values["embedding.text"]
            }
            if !texts.isEmpty { Self.fill(&span.input, .array(texts)) }
        }
        if attributes.has(.retrieval) {
            let documents = attributes.indexedGroups(prefix: "retrieval.documents.").map { group in
                var document = JSONObject()
                for field in ["id", "content", "score", "metadata"] {
                    if let value = group.values["document." + field] {
                        document[field] = field == "metadata" ? EmbeddedJSON.decoded(value) : value
                    }
                }
                return JSONValue.object(document)
            }
            if !documents.isEmpty { Self.fill(&span.output, .array(documents)) }
        }
        if kind == .tool {
            Self.fill(&span.toolDefinitions, attributes.json("tool.json_schema") ?? attributes.json("tool.parameters"))
        }
        let input = Self.openInferenceValue(attributes, "input")
        if kind == .llm {
            if case .object(let request)? = input {
                if let messages = request.present("messages").flatMap(ChatMessages.messages) {
                    setChatInput(.array(messages))
                }
                Self.fill(&span.requestModel, request.present("model")?.stringValue)
                if let tools = request.present("tools"), !Self.isEmpty(tools) {
                    Self.fill(&span.toolDefinitions, tools)
                }
            }
            if case .string(let text)? = input {
                setChatInput(.array([.object(JSONObject([("role", "user"), ("content", .string(text))]))]))
            }
            setChatOutput(output)
            if case .object(let response)? = output {
                let body = response.present("data")?.objectValue ?? response
                Self.fill(&span.responseModel, body.present("model")?.stringValue)
                Self.fill(&span.responseID, body.present("id")?.stringValue)
            }
        }
        Self.fill(&span.input, input)
        Self.fill(&span.output, output)
    }

    private mutating func applyOpenInferenceLLM(_ attributes: AttributeIndex) {
        if let provider = attributes.string("llm.provider") ?? attributes.string("llm.system") {
            Self.fill(&span.provider, SpanKinds.provider(provider))
        }
        Self.fill(&span.responseModel, attributes.string("llm.model_name"))
        Self.fill(&inputTokens, attributes.int("llm.token_count.prompt"))
        Self.fill(&outputTokens, attributes.int("llm.token_count.completion"))
        Self.fill(&totalTokens, attributes.int("llm.token_count.total"))
        Self.fill(&span.costUSD, attributes.double("llm.cost.total"))
        if case .object(let parameters)? = attributes.json("llm.invocation_parameters") {
            Self.fill(&span.requestModel, parameters.present("model")?.stringValue)
            for member in parameters.members where !Self.nonParameters.contains(member.key) {
                addParameter(member.key, member.value)
            }
        }
        if span.finishReasons.isEmpty, let reason = attributes.string("llm.finish_reason") {
            span.finishReasons = [reason]
        }
        let inputMessages = attributes.indexedGroups(prefix: "llm.input_messages.").compactMap {
            Self.openInferenceMessage($0.values, finishReason: nil)
        }
        if !inputMessages.isEmpty { setChatInput(.array(inputMessages.map(JSONValue.object))) }
        let outputMessages = attributes.indexedGroups(prefix: "llm.output_messages.").compactMap {
            Self.openInferenceMessage($0.values, finishReason: attributes["llm.finish_reason"])
        }
        if !outputMessages.isEmpty { setChatOutput(.array(outputMessages.map(JSONValue.object))) }
        let tools = attributes.indexedGroups(prefix: "llm.tools.").compactMap { group in
            group.values["tool.json_schema"].map(EmbeddedJSON.decoded)
        }
        if !tools.isEmpty { Self.fill(&span.toolDefinitions, .array(tools)) }
        let prompt = PromptReference(
            version: attributes.string("llm.prompt_template.version"),
            template: attributes.string("llm.prompt_template.template"),
            variables: attributes.json("llm.prompt_template.variables")?.objectValue
        )
        if !prompt.isEmpty { Self.fill(&span.prompt, prompt) }
    }

    /// `input.value`/`output.value`: JSON when the mime type says so (or the text is JSON), else the text.
    private static func openInferenceValue(_ attributes: AttributeIndex, _ name: String) -> JSONValue? {
        guard let text = attributes.string(name + ".value") else { return nil }
        return EmbeddedJSON.parse(text) ?? .string(text)
    }

    /// One flattened OpenInference message (`message.role`, `message.content`, `message.contents.N.…`,
    /// `message.tool_calls.N.tool_call.…`, `message.tool_call_id`) in the GenAI format.
    private static func openInferenceMessage(_ values: [String: JSONValue], finishReason: JSONValue?) -> JSONObject? {
        var message = JSONObject()
        guard let role = values["message.role"] else { return nil }
        message["role"] = role
        if let content = values["message.content"] { message["content"] = content }
        let chunks = groups(values, prefix: "message.contents.").map { chunk -> JSONValue in
            var object = JSONObject()
            object["type"] = chunk["message_content.type"] ?? "text"
            if let text = chunk["message_content.text"] { object["text"] = text }
            if let url = chunk["message_content.image.image.url"] { object["image_url"] = url }
            return .object(object)
        }
        if message["content"] == nil, !chunks.isEmpty { message["content"] = .array(chunks) }
        let calls = groups(values, prefix: "message.tool_calls.").map { call in
            ChatMessages.toolCall(
                id: call["tool_call.id"], name: call["tool_call.function.name"],
                arguments: call["tool_call.function.arguments"])
        }
        if !calls.isEmpty { message["tool_calls"] = .array(calls) }
        if let id = values["message.tool_call_id"] { message["tool_call_id"] = id }
        if let name = values["message.name"] { message["name"] = name }
        return ChatMessages.message(.object(message), finishReason: finishReason)
    }

    /// Sub-groups `prefix` + `N.` + rest of already grouped values, in index order.
    static func groups(_ values: [String: JSONValue], prefix: String) -> [[String: JSONValue]] {
        var groups: [Int: [String: JSONValue]] = [:]
        for (key, value) in values where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: "."), let index = Int(rest[..<dot]) else { continue }
            groups[index, default: [:]][String(rest[rest.index(after: dot)...])] = value
        }
        return groups.sorted { $0.key < $1.key }.map(\.value)
    }
}
