/// What kind of GenAI call an operation is, and how its span is named.
struct MistralSpanNaming: Sendable {
    /// `gen_ai.operation.name`.
    var operationName: String
    /// `windsock.span.kind`.
    var observationKind: String

    init(operation: MistralOperation) {
        switch operation.name {
        case "chat.complete", "chat.stream":
            self.init(operationName: "chat", observationKind: "llm")
        case "fim.complete", "fim.stream":
            self.init(operationName: "text_completion", observationKind: "llm")
        case "embeddings.create":
            self.init(operationName: "embeddings", observationKind: "embedding")
        case "agents.complete", "agents.stream":
            self.init(operationName: "invoke_agent", observationKind: "agent")
        case "agents.create":
            self.init(operationName: "create_agent", observationKind: "span")
        case let name
        where name.hasPrefix("conversations.")
            && (name.contains("start") || name.contains("append") || name.contains("restart")):
            self.init(operationName: "invoke_agent", observationKind: "agent")
        case "moderations.create", "moderations.chat":
            self.init(operationName: "moderation", observationKind: "llm")
        case "classifiers.classify", "classifiers.classify_chat":
            self.init(operationName: "classification", observationKind: "llm")
        case "ocr.process":
            self.init(operationName: "ocr", observationKind: "llm")
        default:
            self.init(operationName: operation.name, observationKind: "span")
        }
    }

    private init(operationName: String, observationKind: String) {
        self.operationName = operationName
        self.observationKind = observationKind
    }

    /// The GenAI span name: `{operation} {model or agent}`, e.g. `chat mistral-small-latest`; the client's
    /// operation name (`files.upload`) for calls without a model.
    func spanName(target: String?, operation: MistralOperation) -> String {
        guard observationKind != "span" || operationName == "create_agent" else { return operation.name }
        guard let target, !target.isEmpty else { return operationName }
        return "\(operationName) \(target)"
    }
}
