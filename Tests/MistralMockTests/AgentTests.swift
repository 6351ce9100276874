import Testing

@testable import MistralMock

@Suite("Agents")
struct AgentTests {
    @Test("create, list, get, update (new version), complete, stream and delete an agent")
    func lifecycle() async throws {
        try await withMockServer { server in
            let created = try await server.post(
                "/v1/agents",
                json: [
                    "model": "mistral-small-latest", "name": "helper", "instructions": "Be brief",
                    "tools": [ToolCallTests.weatherTool],
                ]
            ).json()
            let id = try #require(created["id"]?.stringValue)
            #expect(id.hasPrefix("ag_") && id.count == 35)
            #expect(created["object"] == "agent")
            #expect(created["version"] == 0)
            #expect(created["completion_args"]?["tool_choice"] == "auto")
            let list = try await server.get("/v1/agents").json()
            #expect(list.arrayValue?.contains { $0["id"]?.stringValue == id } == true)
            #expect(try await server.get("/v1/agents/\(id)").json()["name"] == "helper")

            let updated = try await server.send(
                "PATCH", "/v1/agents/\(id)", body: Array(#"{"description":"updated"}"#.utf8)
            ).json()
            #expect(updated["version"] == 1)
            #expect(updated["versions"] == [0, 1])
            #expect(updated["description"] == "updated")
            #expect(updated["instructions"] == "Be brief")

            let completion = try await server.post(
                "/v1/agents/completions",
                json: [
                    "agent_id": .string(id), "messages": [["role": "user", "content": "What's the weather in Oslo?"]],
                ]
            ).json()
            #expect(completion["model"] == "mistral-small-latest")
            #expect(completion["choices"]?.arrayValue?.first?["finish_reason"] == "tool_calls")
            let stream = try await server.post(
                "/v1/agents/completions",
                json: ["agent_id": .string(id), "stream": true, "messages": [["role": "user", "content": "Hello"]]]
            )
            #expect(stream.sseData.last == "[DONE]")

            #expect(try await server.delete("/v1/agents/\(id)").status == 204)
            #expect(try await server.get("/v1/agents/\(id)").status == 404)
        }
    }

    @Test("the demo agents exist from the start; unknown agent ids are 404; agents completions reject model")
    func demoAgents() async throws {
        try await withMockServer { server in
            let answer = try await server.post(
                "/v1/agents/completions",
                json: [
                    "agent_id": .string(MockDemoAgent.assistantID),
                    "messages": [["role": "user", "content": "Say ready"]],
                ]
            )
            #expect(answer.status == 200)
            #expect(try answer.json()["choices"]?.arrayValue?.first?["message"]?["content"] == "ready")
            let unknown = try await server.post(
                "/v1/agents/completions",
                json: ["agent_id": "ag_missing", "messages": [["role": "user", "content": "hi"]]]
            )
            #expect(unknown.status == 404)
            let withModel = try await server.post(
                "/v1/agents/completions",
                json: [
                    "agent_id": .string(MockDemoAgent.assistantID), "model": "x",
                    "messages": [["role": "user", "content": "hi"]],
                ]
            )
            #expect(withModel.status == 422)
        }
    }
}
