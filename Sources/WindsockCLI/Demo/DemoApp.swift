import Foundation
import MistralAI
import Windsock

/// The small instrumented application the demo runs: every workflow of the guides (MLflow, OpenLIT, Langfuse,
/// Mistral's observability guide), each as one trace named after its ``DemoScenario``.
struct DemoApp: Sendable {
    /// The client, made after Windsock's bootstrap so that every call is traced.
    let mistral: Mistral
    /// The session the three conversation turns share.
    let sessionID: String

    private var chatModel: String { DemoScenario.chatModel }

    /// Runs every workflow in order; returns the trace ids of each (the conversation has three).
    func runAll(onFinished: (DemoScenario, [String]) -> Void) async {
        for scenario in DemoScenario.all {
            var ids: [String] = []
            switch scenario {
            case .conversation:
                var history: [ChatMessage] = [.system("You are a friendly travel guide.")]
                for turn in Self.conversationTurns {
                    await traced(scenario) { try await conversationTurn(turn, history: &history) }
                    if let id = Windsock.lastTraceID?.hex { ids.append(id) }
                }
            default:
                await traced(scenario) { try await run(scenario) }
                if let id = Windsock.lastTraceID?.hex { ids.append(id) }
            }
            onFinished(scenario, ids)
        }
    }

    /// Runs `body` as the root span of the scenario's trace; an error stays recorded on the trace, not thrown.
    private func traced(_ scenario: DemoScenario, _ body: () async throws -> Void) async {
        do {
            try await observe(scenario.traceName, kind: .chain) { _ in
                Windsock.updateCurrentTrace(TraceUpdate(tags: [DemoScenario.tag]))
                try await body()
            }
        } catch {
            // Recorded on the spans (the failing call's purpose); the demo goes on with the next workflow.
        }
    }

    private func run(_ scenario: DemoScenario) async throws {
        switch scenario {
        case .simpleChat: try await simpleChat()
        case .chained: try await chainedCompletions()
        case .streaming: try await streaming()
        case .async: try await concurrentCalls()
        case .asyncStreaming: try await concurrentStreams()
        case .functionCalling: try await functionCalling()
        case .embeddings: try await embeddings()
        case .rag: try await retrievalAugmented()
        case .agent: try await agent()
        case .failure: try await failingCall()
        default: break
        }
    }

    /// MLflow's first step: one chat call.
    private func simpleChat() async throws {
        _ = try await mistral.chat.complete(
            model: chatModel,
            messages: [.system("Answer in one sentence."), .user("Who painted the Mona Lisa?")],
            temperature: 0.3, maxTokens: 64)
    }

    /// Langfuse's chained completions: the answer of one call feeds the next, inside an observed function.
    private func chainedCompletions() async throws {
        let country = "France"
        let capital = try await observe("find_capital", kind: .chain, input: country) { _ in
            try await mistral.chat.complete(
                model: chatModel, messages: [.user("What is the capital of \(country)? Say Paris.")]
            ).text ?? ""
        }
        _ = try await observe("describe_capital", kind: .chain, input: capital) { _ in
            try await mistral.chat.complete(
                model: chatModel, messages: [.user("Give one famous sight of \(capital) in a few words.")]
            ).text ?? ""
        }
    }

    /// A streamed answer: the span covers the whole stream and records time to first token.
    private func streaming() async throws {
        let stream = try await mistral.chat.stream(
            model: chatModel, messages: [.user("Write a short poem about the wind over the sea.")])
        for try await _ in stream {}
    }

    /// Langfuse's async example: three calls at once, each its own span under the root.
    private func concurrentCalls() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for city in ["Paris", "Rome", "Madrid"] {
                group.addTask {
                    _ = try await mistral.chat.complete(
                        model: chatModel, messages: [.user("Name one museum in \(city).")])
                }
            }
            try await group.waitForAll()
        }
    }

    /// Langfuse's async streaming: two streams read concurrently.
    private func concurrentStreams() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for topic in ["mountains", "rivers"] {
                group.addTask {
                    let stream = try await mistral.chat.stream(
                        model: chatModel, messages: [.user("Write two lines about \(topic).")])
                    for try await _ in stream {}
                }
            }
            try await group.waitForAll()
        }
    }

    /// Function calling: the model asks for a tool, the tool runs as its own span, the model answers.
    private func functionCalling() async throws {
        var messages: [ChatMessage] = [.user("What is the weather in Paris?")]
        let first = try await mistral.chat.complete(model: chatModel, messages: messages, tools: [DemoTools.weather])
        messages.append(.assistant(first.text, toolCalls: first.toolCalls))
        for call in first.toolCalls {
            messages.append(await DemoTools.execute(call))
        }
        _ = try await mistral.chat.complete(model: chatModel, messages: messages, tools: [DemoTools.weather])
    }

    /// OpenLIT's embeddings example.
    private func embeddings() async throws {
        _ = try await mistral.embeddings.create(
            model: DemoScenario.embeddingModel,
            input: ["Windsock traces Mistral calls.", "OpenTelemetry carries the spans."])
    }

    /// Mistral's guide on RAG: embed the question, retrieve documents (a retriever span), then answer from a
    /// prompt template filled with the question and the context.
    private func retrievalAugmented() async throws {
        let question = "How tall is the Eiffel Tower?"
        _ = try await mistral.embeddings.create(model: DemoScenario.embeddingModel, input: question)
        let documents = observe("retrieve_documents", kind: .retriever, input: question) { span in
            let found = [
                RetrievedDocument(
                    id: "doc-1", content: "The Eiffel Tower is 330 metres tall.", score: 0.92,
                    metadata: ["source": "guide.md"]),
                RetrievedDocument(
                    id: "doc-2", content: "It was built for the 1889 World's Fair.", score: 0.71,
                    metadata: ["source": "history.md"]),
            ]
            span.setDocuments(found)
            return found
        }
        let template = "Answer from the context only.\nContext: {context}\nQuestion: {question}"
        let context = documents.map(\.content).joined(separator: " ")
        try await observe("answer_from_context", kind: .chain) { span in
            span.setPromptTemplate(
                name: "rag_answer", version: "1", template: template,
                variables: ["context": .string(context), "question": .string(question)])
            let prompt =
                template
                .replacingOccurrences(of: "{context}", with: context)
                .replacingOccurrences(of: "{question}", with: question)
            _ = try await mistral.chat.complete(model: chatModel, messages: [.user(prompt)], temperature: 0.2)
        }
    }

    /// An agent that calls two tools in one step, runs both, then answers.
    private func agent() async throws {
        try await observe("travel_agent", kind: .agent) { _ in
            let tools = [DemoTools.weather, DemoTools.time]
            var messages: [ChatMessage] = [
                .system("You are a travel assistant."), .user("What is the weather and the local time in Lyon?"),
            ]
            let plan = try await mistral.chat.complete(model: chatModel, messages: messages, tools: tools)
            messages.append(.assistant(plan.text, toolCalls: plan.toolCalls))
            for call in plan.toolCalls {
                messages.append(await DemoTools.execute(call))
            }
            _ = try await mistral.chat.complete(model: chatModel, messages: messages, tools: tools)
        }
    }

    /// What the user says in the three turns of the conversation.
    static let conversationTurns = [
        "I am planning a trip to Lyon in May.", "What should I visit first?", "Reply with Thanks for the tips.",
    ]

    /// One turn of a conversation, sent with the history before it: its trace carries the user and the session
    /// (Langfuse's `update_current_trace`).
    private func conversationTurn(_ text: String, history: inout [ChatMessage]) async throws {
        Windsock.updateCurrentTrace(
            TraceUpdate(userID: DemoScenario.conversationUserID, sessionID: sessionID, input: .string(text)))
        history.append(.user(text))
        let answer = try await mistral.chat.complete(model: chatModel, messages: history).text ?? ""
        history.append(.assistant(answer))
        Windsock.updateCurrentTrace(TraceUpdate(output: .string(answer)))
    }

    /// A call to a model that does not exist: Mistral answers 400, recorded as the span's and the trace's error.
    private func failingCall() async throws {
        _ = try await mistral.chat.complete(model: DemoScenario.unknownModel, messages: [.user("Hello?")])
    }
}
