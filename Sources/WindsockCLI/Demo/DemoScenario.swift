/// One workflow of the demo: what a newcomer sees in the summary, and what the demo test checks.
struct DemoScenario: Sendable, Hashable {
    /// The root span's (and so the trace's) name, e.g. `demo.simple_chat`.
    let traceName: String
    /// What the workflow shows, for the summary table.
    let title: String

    static let simpleChat = DemoScenario(traceName: "demo.simple_chat", title: "simple chat")
    static let chained = DemoScenario(traceName: "demo.chained_completions", title: "chained completions")
    static let streaming = DemoScenario(traceName: "demo.streaming", title: "streaming")
    static let async = DemoScenario(traceName: "demo.async", title: "async (concurrent calls)")
    static let asyncStreaming = DemoScenario(traceName: "demo.async_streaming", title: "async streaming")
    static let functionCalling = DemoScenario(traceName: "demo.function_calling", title: "function calling")
    static let embeddings = DemoScenario(traceName: "demo.embeddings", title: "embeddings")
    static let rag = DemoScenario(traceName: "demo.rag", title: "RAG (retriever + template)")
    static let agent = DemoScenario(traceName: "demo.agent", title: "agent with two tools")
    static let conversation = DemoScenario(traceName: "demo.conversation_turn", title: "conversation turn")
    static let failure = DemoScenario(traceName: "demo.failing_call", title: "failing call (unknown model)")

    /// Every scenario, in the order the demo runs them.
    static let all: [DemoScenario] = [
        simpleChat, chained, streaming, async, asyncStreaming, functionCalling, embeddings, rag, agent, conversation,
        failure,
    ]

    /// The tag every demo trace carries.
    static let tag = "windsock-demo"
    /// The user and session of the three-turn conversation.
    static let conversationUserID = "demo-user-7"
    /// The session id prefix of the conversation (a run's session adds a unique suffix).
    static let conversationSessionPrefix = "demo-session-"
    /// The chat model the demo uses.
    static let chatModel = "mistral-small-latest"
    /// The embedding model the demo uses.
    static let embeddingModel = "mistral-embed"
    /// The model that does not exist, for the failing call.
    static let unknownModel = "mistral-imaginary-latest"
}
