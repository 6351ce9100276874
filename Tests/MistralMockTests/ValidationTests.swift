import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Validation like the real API")
struct ValidationTests {
    @Test("an unknown field is 422 extra_forbidden with the exact envelope")
    func extraField() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions", json: chatBody("hi", extra: [("max_completion_tokens", 5)]))
            #expect(response.status == 422)
            #expect(
                response.text
                    == #"{"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted","input":5}]},"type":"invalid_request_error","param":null,"code":null}"#
            )
        }
    }

    @Test("a missing required field is 422 missing")
    func missingField() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions", json: ["messages": [["role": "user", "content": "hi"]]])
            #expect(response.status == 422)
            let detail = try #require(response.json()["message"]?["detail"]?.arrayValue?.first)
            #expect(detail["type"] == "missing")
            #expect(detail["loc"] == ["body", "model"])
            #expect(detail["msg"] == "Field required")
        }
    }

    @Test("a wrongly typed field is 422 with pydantic's type error")
    func wrongType() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions", json: chatBody("hi", extra: [("temperature", "hot")]))
            #expect(response.status == 422)
            let detail = try #require(response.json()["message"]?["detail"]?.arrayValue?.first)
            #expect(detail["type"] == "float_type")
            #expect(detail["loc"] == ["body", "temperature"])
        }
    }

    @Test("malformed JSON is 422 json_invalid")
    func malformedJSON() async throws {
        try await withMockServer { server in
            let response = try await server.send("POST", "/v1/chat/completions", body: Array(#"{"model": "#.utf8))
            #expect(response.status == 422)
            let detail = try #require(response.json()["message"]?["detail"]?.arrayValue?.first)
            #expect(detail["type"] == "json_invalid")
            #expect(detail["ctx"]?["error"] == "Expecting value")
        }
    }

    @Test("an unknown model is 400 invalid_model with code 1500")
    func unknownModel() async throws {
        try await withMockServer { server in
            let response = try await server.post("/v1/chat/completions", json: chatBody("hi", model: "gpt-4o"))
            #expect(response.status == 400)
            #expect(
                response.text
                    == #"{"object":"error","message":"Invalid model: gpt-4o","type":"invalid_model","param":null,"code":"1500"}"#
            )
            let embedOnChat = try await server.post(
                "/v1/chat/completions", json: chatBody("hi", model: "mistral-embed"))
            #expect(embedOnChat.status == 400)
        }
    }

    @Test(
        "aliases, dated ids and deprecated ids are accepted",
        arguments: ["mistral-large-latest", "mistral-small-2603", "open-mistral-7b", "ministral-8b-latest"])
    func knownModels(model: String) async throws {
        try await withMockServer { server in
            let response = try await server.post("/v1/chat/completions", json: chatBody("hi", model: model))
            #expect(response.status == 200)
            #expect(try response.json()["model"] == .string(model))
        }
    }

    @Test("the last message must be user or tool (or a prefix assistant)", arguments: ["assistant", "system"])
    func lastRole(role: String) async throws {
        try await withMockServer { server in
            let body: JSONValue = [
                "model": "mistral-small-latest",
                "messages": [["role": "user", "content": "hi"], ["role": .string(role), "content": "hello"]],
            ]
            let response = try await server.post("/v1/chat/completions", json: body)
            #expect(response.status == 400)
            let json = try response.json()
            #expect(
                json["message"]
                    == .string(
                        "Expected last role User or Tool (or Assistant with prefix True) for serving but got \(role)"))
            #expect(json["type"] == "invalid_request_error")
        }
    }

    @Test("tool-call ids must be 9 alphanumeric characters, in tool and assistant messages")
    func toolCallIDs() async throws {
        try await withMockServer { server in
            let toolMessage: JSONValue = [
                "model": "mistral-small-latest",
                "messages": [
                    ["role": "user", "content": "hi"], ["role": "tool", "tool_call_id": "call_123", "content": "{}"],
                ],
            ]
            let response = try await server.post("/v1/chat/completions", json: toolMessage)
            #expect(response.status == 400)
            #expect(
                response.text
                    == #"{"object":"error","message":"Tool call id was call_123 but must be a-z, A-Z, 0-9, with a length of 9.","type":"invalid_function_call","param":null,"code":"3280"}"#
            )
            let assistantMessage: JSONValue = [
                "model": "mistral-small-latest",
                "messages": [
                    ["role": "user", "content": "hi"],
                    [
                        "role": "assistant", "content": "",
                        "tool_calls": [["id": "short", "function": ["name": "f", "arguments": "{}"]]],
                    ],
                    ["role": "tool", "tool_call_id": "short", "content": "{}"],
                ],
            ]
            let second = try await server.post("/v1/chat/completions", json: assistantMessage)
            #expect(second.status == 400)
            #expect(try second.json()["code"] == "3280")
        }
    }

    @Test("an unknown role is 422 union_tag_invalid")
    func unknownRole() async throws {
        try await withMockServer { server in
            let body: JSONValue = ["model": "mistral-small-latest", "messages": [["role": "bot", "content": "hi"]]]
            let response = try await server.post("/v1/chat/completions", json: body)
            #expect(response.status == 422)
            #expect(try response.json()["message"]?["detail"]?.arrayValue?.first?["type"] == "union_tag_invalid")
        }
    }

    @Test(
        "a missing or wrong key is 401 with the gateway body",
        arguments: [nil, "Bearer nope", "Basic dGVzdA==", "Bearer "])
    func unauthorized(authorization: String?) async throws {
        try await withMockServer { server in
            let response = try await server.send("GET", "/v1/models", authorization: authorization)
            #expect(response.status == 401)
            let json = try response.json()
            #expect(json.objectValue?.keys == ["message", "request_id"])
            #expect(json["message"] == "Unauthorized")
        }
    }

    @Test("without a configured key any non-empty Bearer key is accepted")
    func anyKey() async throws {
        try await withMockServer(MockConfiguration()) { server in
            let response = try await server.send("GET", "/v1/models", authorization: "Bearer anything")
            #expect(response.status == 200)
        }
    }

    @Test("an unknown route is 404 with the gateway body, key or not")
    func unknownRoute() async throws {
        try await withMockServer { server in
            for authorization in [nil, "Bearer \(testKey)"] {
                let response = try await server.send("GET", "/v1/chat/models", authorization: authorization)
                #expect(response.status == 404)
                #expect(try response.json()["message"] == "no Route matched with those values")
                #expect(try response.json()["request_id"]?.stringValue?.count == 32)
            }
        }
    }
}
