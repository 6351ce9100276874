/// What a span (an observation) stands for, whatever instrumentation produced it.
public enum SpanKind: String, CaseIterable, Hashable, Sendable {
    /// A call to a language model: chat, completion, FIM (Langfuse's "generation").
    case llm
    /// A call to an embedding model.
    case embedding
    /// The execution of a tool or function.
    case tool
    /// A retrieval of documents (RAG).
    case retriever
    /// An agent's run or an agent call.
    case agent
    /// A chain or workflow of steps.
    case chain
    /// Any other span of the application.
    case span
    /// A point in time rather than a duration.
    case event
}
