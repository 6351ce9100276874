import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Conversations")
struct ConversationTests {
    @Test("start, append, history, messages, get, list, restart and delete")
    func lifecycle() async throws {
        try await withMockServer { server in
            let started = try await server.post(
                "/v1/conversations", json: ["model": "mistral-small-latest", "inputs": "Tell me about Lyon"]
            ).json()
            #expect(started["object"] == "conversation.response")
            let id = try #require(started["conversation_id"]?.stringValue)
            #expect(id.hasPrefix("conv_"))
            let output = try #require(started["outputs"]?.arrayValue?.first)
            #expect(output["type"] == "message.output")
            #expect(output["role"] == "assistant")
            #expect(output["content"]?.stringValue?.contains("Lyon") == true)
            let usage = try #require(started["usage"])
            #expect(
                usage["total_tokens"]?.intValue == (usage["prompt_tokens"]?.intValue ?? 0)
                    + (usage["completion_tokens"]?.intValue ?? 0))

            let appended = try await server.post("/v1/conversations/\(id)", json: ["inputs": "And Marseille?"]).json()
            #expect(appended["conversation_id"] == .string(id))

            let history = try await server.get("/v1/conversations/\(id)/history").json()
            #expect(history["object"] == "conversation.history")
            let entries = try #require(history["entries"]?.arrayValue)
            #expect(
                entries.compactMap { $0["type"]?.stringValue } == [
                    "message.input", "message.output", "message.input", "message.output",
                ])
            let messages = try await server.get("/v1/conversations/\(id)/messages").json()
            #expect(messages["messages"]?.arrayValue?.count == 4)

            let conversation = try await server.get("/v1/conversations/\(id)").json()
            #expect(conversation["object"] == "conversation")
            #expect(conversation["model"] == "mistral-small-latest")
            #expect(try await server.get("/v1/conversations").json().arrayValue?.count == 1)

            let firstOutputID = try #require(entries[1]["id"])
            let restarted = try await server.post(
                "/v1/conversations/\(id)/restart",
                json: ["from_entry_id": firstOutputID, "inputs": "What about Nice?"]
            ).json()
            let newID = try #require(restarted["conversation_id"]?.stringValue)
            #expect(newID != id)
            let branch = try await server.get("/v1/conversations/\(newID)/history").json()
            #expect(branch["entries"]?.arrayValue?.count == 4)

            #expect(try await server.delete("/v1/conversations/\(id)").status == 204)
            #expect(try await server.get("/v1/conversations/\(id)").status == 404)
        }
    }

    @Test("stream framing: named events, deltas adding up to the answer, ending with conversation.response.done")
    func streamFraming() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/conversations",
                json: ["model": "mistral-small-latest", "inputs": "Tell me about Lyon", "stream": true]
            )
            #expect(response.isComplete)
            #expect(!response.text.contains("[DONE]"))
            let blocks = response.text.split(separator: "\n\n").map(String.init)
            #expect(blocks.allSatisfy { $0.hasPrefix("event: ") && $0.split(separator: "\n").count == 2 })
            let events = response.sseEvents
            #expect(events.first?.event == "conversation.response.started")
            #expect(events.last?.event == "conversation.response.done")
            for event in events {
                #expect(try JSONParser.parse(event.data)["type"]?.stringValue == event.event)
            }
            let deltas = try events.filter { $0.event == "message.output.delta" }.map { try JSONParser.parse($0.data) }
            let text = deltas.compactMap { $0["content"]?.stringValue }.joined()
            let startedData = try #require(events.first?.data)
            let id = try #require(try JSONParser.parse(startedData)["conversation_id"]?.stringValue)
            let history = try await server.get("/v1/conversations/\(id)/history").json()
            #expect(history["entries"]?.arrayValue?.last?["content"] == .string(text))
            let done = try JSONParser.parse(try #require(events.last?.data))
            #expect(done["usage"]?["completion_tokens"]?.intValue == deltas.count)
        }
    }

    @Test("an agent conversation calls the agent's function, then answers with the function result")
    func functionCalls() async throws {
        try await withMockServer { server in
            let started = try await server.post(
                "/v1/conversations",
                json: ["agent_id": .string(MockDemoAgent.weatherID), "inputs": "What's the weather in Berlin?"]
            ).json()
            let call = try #require(started["outputs"]?.arrayValue?.first)
            #expect(call["type"] == "function.call")
            #expect(call["name"] == "get_weather")
            let callID = try #require(call["tool_call_id"]?.stringValue)
            #expect(MessageRules.isValidToolCallID(callID))
            #expect(try JSONParser.parse(try #require(call["arguments"]?.stringValue))["location"] == "Berlin")
            let id = try #require(started["conversation_id"]?.stringValue)
            let result: JSONValue = [
                "inputs": [
                    ["type": "function.result", "tool_call_id": .string(callID), "result": #"{"temperature": 12}"#]
                ]
            ]
            let answered = try await server.post("/v1/conversations/\(id)", json: result).json()
            let text = try #require(answered["outputs"]?.arrayValue?.first?["content"]?.stringValue)
            #expect(text.contains("temperature is 12"))
            let conversation = try await server.get("/v1/conversations/\(id)").json()
            #expect(conversation["agent_id"] == .string(MockDemoAgent.weatherID))
        }
    }

    @Test("store false keeps nothing; unknown conversations are 404")
    func storeFalse() async throws {
        try await withMockServer { server in
            let started = try await server.post(
                "/v1/conversations",
                json: ["model": "mistral-small-latest", "inputs": "Hi", "store": false]
            ).json()
            let id = try #require(started["conversation_id"]?.stringValue)
            #expect(try await server.get("/v1/conversations/\(id)").status == 404)
            #expect(try await server.post("/v1/conversations/conv_nope", json: ["inputs": "x"]).status == 404)
        }
    }
}
