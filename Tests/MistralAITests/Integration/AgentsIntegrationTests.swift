import Foundation
import MistralMock
import Testing

@testable import MistralAI

@Suite("Agents and conversations against the emulator")
struct AgentsIntegrationTests {
    @Test("agents: create, list, get, update, complete, stream, delete")
    func agents() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let agent = try await mistral.agents.create(
                model: "mistral-medium-latest",
                name: "Pirate",
                instructions: "Talk like a pirate.",
                tools: [
                    .webSearch,
                    .function(
                        name: "lookup", description: "Look up a word",
                        parameters: ["type": "object", "properties": ["word": ["type": "string"]]]),
                ],
                completionArgs: CompletionArgs(temperature: 0.3, maxTokens: 100),
                description: "Arr"
            )
            #expect(agent.id.hasPrefix("ag_"))
            #expect(agent.tools.count == 2)
            #expect(agent.completionArgs?.temperature == 0.3)

            let listed = try await mistral.agents.list(page: 0, pageSize: 50)
            #expect(listed.contains { $0.id == agent.id })
            #expect(try await mistral.agents.get(agent.id).name == "Pirate")

            let updated = try await mistral.agents.update(
                agent.id, AgentUpdateRequest(instructions: "Talk like a poet."))
            #expect(updated.instructions == "Talk like a poet.")
            #expect((updated.version ?? 0) > (agent.version ?? 0))

            let response = try await mistral.agents.complete(
                agentID: agent.id, messages: [.user("Who is the best French painter?")])
            #expect(!(response.text ?? "").isEmpty)
            var text = ""
            for try await chunk in try await mistral.agents.stream(agentID: agent.id, messages: [.user("Hello")]) {
                text += chunk.textDelta
            }
            #expect(!text.isEmpty)

            try await mistral.agents.delete(agent.id)
            await #expect {
                _ = try await mistral.agents.get(agent.id)
            } throws: { error in
                (error as? MistralError)?.status == 404
            }
        }
    }

    @Test("conversations: start, append, restart, history, messages, get, list, delete")
    func conversations() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let started = try await mistral.conversations.start(
                model: "mistral-medium-latest",
                inputs: "Who is the best French painter?",
                instructions: "Answer briefly.",
                completionArgs: CompletionArgs(temperature: 0.2)
            )
            #expect(started.conversationID.hasPrefix("conv_"))
            #expect(!started.text.isEmpty)
            #expect(started.usage?.totalTokens ?? 0 > 0)

            let appended = try await mistral.conversations.append(
                started.conversationID, inputs: .entries([.user("And the best Italian one?")]))
            #expect(appended.conversationID == started.conversationID)

            let history = try await mistral.conversations.history(started.conversationID)
            #expect(history.entries.count == 4)
            #expect(
                history.entries.map(\.type) == ["message.input", "message.output", "message.input", "message.output"])
            guard case .messageInput(let firstInput) = history.entries[0], let entryID = firstInput.id else {
                Issue.record("expected the first input to have an id")
                return
            }
            let messages = try await mistral.conversations.messages(started.conversationID)
            #expect(messages.messages.count == 4)

            let restarted = try await mistral.conversations.restart(
                started.conversationID, fromEntryID: entryID, inputs: "Actually, the best Spanish one?")
            #expect(!restarted.text.isEmpty)

            let conversation = try await mistral.conversations.get(started.conversationID)
            #expect(conversation.id == started.conversationID)
            #expect(try await mistral.conversations.list().contains { $0.id == started.conversationID })
            try await mistral.conversations.delete(started.conversationID)
            await #expect(throws: MistralError.self) {
                _ = try await mistral.conversations.get(started.conversationID)
            }
        }
    }

    @Test("conversations with an agent, and with function calls answered by function results")
    func functionCalls() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let weather = Tool.function(
                name: "get_weather",
                description: "Get the weather of a city",
                parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]
            )
            let started = try await mistral.conversations.start(
                ConversationStartRequest(
                    inputs: "What is the weather in Paris? Use get_weather.", model: "mistral-large-latest",
                    tools: [weather])
            )
            let call = try #require(started.functionCalls.first)
            #expect(call.name == "get_weather")
            let answered = try await mistral.conversations.append(
                started.conversationID,
                inputs: .entries([.functionResult(toolCallID: call.toolCallID, result: #"{"temperature":22}"#)])
            )
            #expect(!answered.text.isEmpty)

            let withAgent = try await mistral.conversations.start(agentID: MockDemoAgent.assistantID, inputs: "Hello!")
            #expect(!withAgent.text.isEmpty)
        }
    }

    @Test("conversation streams: named events ending with conversation.response.done, for start and append")
    func streams() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            var names: [String] = []
            var text = ""
            var conversationID = ""
            for try await event in try await mistral.conversations.startStream(
                model: "mistral-medium-latest", inputs: "Tell me about Monet.")
            {
                names.append(event.name)
                text += event.textDelta
                if case .responseStarted(let started) = event { conversationID = started.conversationID }
            }
            #expect(names.first == "conversation.response.started")
            #expect(names.last == "conversation.response.done")
            #expect(names.contains("message.output.delta"))
            #expect(!text.isEmpty)
            #expect(conversationID.hasPrefix("conv_"))

            var appendedNames: [String] = []
            for try await event in try await mistral.conversations.appendStream(conversationID, inputs: "More, please.")
            {
                appendedNames.append(event.name)
            }
            #expect(appendedNames.last == "conversation.response.done")

            let history = try await mistral.conversations.history(conversationID)
            guard case .messageInput(let input) = history.entries.first, let entryID = input.id else {
                Issue.record("expected an input entry")
                return
            }
            var restartedNames: [String] = []
            for try await event in try await mistral.conversations.restartStream(
                conversationID, ConversationRestartRequest(inputs: "Again", fromEntryID: entryID))
            {
                restartedNames.append(event.name)
            }
            #expect(restartedNames.last == "conversation.response.done")
        }
    }
}
