import OrderedJSON
import WindsockModel

/// MLflow tracing's default attributes: `mlflow.spanType`, `mlflow.spanInputs` / `mlflow.spanOutputs`,
/// `mlflow.chat.tokenUsage`, `mlflow.chat.tools`, `mlflow.llm.model`, `mlflow.message.format`,
/// `mlflow.trace.user` / `mlflow.trace.session`. MLflow JSON-encodes every value; they are decoded here.
extension SpanBuilder {
    private static let nonParameters: Set<String> = [
        "model", "messages", "tools", "inputs", "input", "prompt", "suffix", "retries", "server_url", "timeout_ms",
        "http_headers",
    ]

    mutating func applyMLflow(_ attributes: AttributeIndex) {
        guard attributes.has(.mlflow) else { return }
        func decoded(_ key: String) -> JSONValue? {
            guard let value = attributes[key] else { return nil }
            if case .string(let text) = value { return EmbeddedJSON.parseAny(text) ?? value }
            return value
        }
        if let type = decoded("mlflow.spanType")?.stringValue {
            Self.fill(&kind, SpanKinds.fromMLflow(type))
            switch type.uppercased() {
            case "CHAT_MODEL": Self.fill(&span.operation, "chat")
            case "LLM": Self.fill(&span.operation, "text_completion")
            case "EMBEDDING": Self.fill(&span.operation, "embeddings")
            default: break
            }
        }
        if let format = decoded("mlflow.message.format")?.stringValue {
            Self.fill(&span.provider, SpanKinds.provider(format))
        }
        Self.fill(&span.requestModel, decoded("mlflow.llm.model")?.stringValue)
        if case .object(let usage)? = decoded("mlflow.chat.tokenUsage") {
            Self.fill(&inputTokens, usage.present("input_tokens")?.intValue)
            Self.fill(&outputTokens, usage.present("output_tokens")?.intValue)
            Self.fill(&totalTokens, usage.present("total_tokens")?.intValue)
        }
        if let tools = decoded("mlflow.chat.tools"), !Self.isEmpty(tools) { Self.fill(&span.toolDefinitions, tools) }
        Self.fill(&span.userID, decoded("mlflow.trace.user")?.stringValue)
        Self.fill(&span.sessionID, decoded("mlflow.trace.session")?.stringValue)

        let inputs = decoded("mlflow.spanInputs")
        let outputs = decoded("mlflow.spanOutputs")
        if kind == .llm || kind == .embedding {
            if case .object(let request)? = inputs {
                Self.fill(&span.requestModel, request.present("model")?.stringValue)
                if let tools = request.present("tools"), !Self.isEmpty(tools) {
                    Self.fill(&span.toolDefinitions, tools)
                }
                for member in request.members where !Self.nonParameters.contains(member.key) {
                    addParameter(member.key, member.value)
                }
                if kind == .llm, let messages = request.present("messages").flatMap(ChatMessages.messages) {
                    setChatInput(.array(messages))
                }
                if kind == .embedding, let texts = request.present("inputs") ?? request.present("input") {
                    Self.fill(&span.input, texts)
                }
            }
            if case .object(let response)? = outputs {
                Self.fill(&span.responseModel, response.present("model")?.stringValue)
                Self.fill(&span.responseID, response.present("id")?.stringValue)
                if kind == .llm { setChatOutput(outputs) }
            }
        }
        Self.fill(&span.input, inputs)
        Self.fill(&span.output, outputs)
    }
}
