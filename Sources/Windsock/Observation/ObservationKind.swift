/// What an observation (an application span) stands for, as Langfuse and Windsock's trace model name it.
public enum ObservationKind: String, Sendable, CaseIterable {
    /// A call to a language model (Langfuse's "generation").
    case llm
    /// A call to an embedding model.
    case embedding
    /// The execution of a tool or function.
    case tool
    /// A retrieval of documents (RAG).
    case retriever
    /// An agent's run.
    case agent
    /// A chain or workflow of steps.
    case chain
    /// Any other span.
    case span
    /// A point in time rather than a duration.
    case event
}
