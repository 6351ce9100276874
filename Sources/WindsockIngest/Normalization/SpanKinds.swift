import WindsockModel

/// What each convention's kind or operation names mean in Windsock's ``SpanKind``.
enum SpanKinds {
    /// `gen_ai.operation.name` (and MLflow's GenAI translation, which writes span types there).
    static func fromOperation(_ operation: String) -> SpanKind? {
        switch operation.lowercased() {
        case "chat", "text_completion", "generate_content", "completion", "fim", "chat_model", "llm": .llm
        case "embeddings", "embedding", "create_embeddings": .embedding
        case "execute_tool", "tool": .tool
        case "invoke_agent", "create_agent", "agent": .agent
        case "retrieval", "retrieve", "retriever", "rerank", "reranker": .retriever
        case "chain", "workflow", "invoke_workflow", "task": .chain
        default: nil
        }
    }

    /// OpenInference's `openinference.span.kind`.
    static func fromOpenInference(_ kind: String) -> SpanKind? {
        switch kind.uppercased() {
        case "LLM": .llm
        case "EMBEDDING": .embedding
        case "TOOL": .tool
        case "RETRIEVER", "RERANKER": .retriever
        case "AGENT": .agent
        case "CHAIN": .chain
        case "GUARDRAIL", "EVALUATOR", "PROMPT", "UNKNOWN": .span
        default: nil
        }
    }

    /// MLflow's `mlflow.spanType`.
    static func fromMLflow(_ type: String) -> SpanKind? {
        switch type.uppercased() {
        case "CHAT_MODEL", "LLM": .llm
        case "EMBEDDING": .embedding
        case "TOOL": .tool
        case "RETRIEVER", "RERANKER": .retriever
        case "AGENT": .agent
        case "CHAIN": .chain
        case "PARSER", "MEMORY", "EVALUATOR", "GUARDRAIL", "UNKNOWN": .span
        default: nil
        }
    }

    /// Langfuse's `langfuse.observation.type`.
    static func fromLangfuse(_ type: String) -> SpanKind? {
        switch type.lowercased() {
        case "generation": .llm
        case "embedding": .embedding
        case "tool": .tool
        case "retriever": .retriever
        case "agent": .agent
        case "chain": .chain
        case "event": .event
        case "span", "evaluator", "guardrail": .span
        default: nil
        }
    }

    /// OpenLLMetry's `llm.request.type` and Traceloop's `traceloop.span.kind`.
    static func fromTraceloop(_ type: String) -> SpanKind? {
        switch type.lowercased() {
        case "chat", "completion": .llm
        case "embedding": .embedding
        case "rerank": .retriever
        case "workflow", "task": .chain
        case "agent": .agent
        case "tool": .tool
        default: nil
        }
    }

    /// The provider name in the GenAI conventions' spelling (`mistral_ai`), whatever spelling was sent.
    static func provider(_ name: String) -> String {
        switch name.lowercased() {
        case "mistral", "mistralai", "mistral_ai", "mistral ai", "mistral-ai": "mistral_ai"
        default: name.lowercased()
        }
    }
}
