import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Tool calls")
struct ToolCallTests {
    static let weatherTool: JSONValue = [
        "type": "function",
        "function": [
            "name": "get_weather",
            "description": "Get the current weather for a city",
            "parameters": [
                "type": "object",
                "properties": [
                    "location": ["type": "string", "description": "City name"],
                    "unit": ["type": "string", "enum": ["celsius", "fahrenheit"]],
                    "days": ["type": "integer"],
                ],
                "required": ["location", "unit", "days"],
            ],
        ],
    ]

    static let emailTool: JSONValue = [
        "type": "function",
        "function": [
            "name": "send_email",
            "description": "Send an email message",
            "parameters": ["type": "object", "properties": ["to": ["type": "string"]], "required": ["to"]],
        ],
    ]

    @Test("a prompt that fits a tool gets a whole tool call with required arguments from the prompt")
    func callsFittingTool() async throws {
        try await withMockServer { server in
            let body = chatBody(
                "What's the weather in Paris for the next 3 days?",
                extra: [("tools", [Self.weatherTool, Self.emailTool])])
            let answer = try await server.post("/v1/chat/completions", json: body).json()
            let choice = try #require(answer["choices"]?.arrayValue?.first)
            #expect(choice["finish_reason"] == "tool_calls")
            #expect(choice["message"]?["content"] == "")
            let calls = try #require(choice["message"]?["tool_calls"]?.arrayValue)
            #expect(calls.count == 1)
            let call = try #require(calls.first)
            let id = try #require(call["id"]?.stringValue)
            #expect(MessageRules.isValidToolCallID(id))
            #expect(call["type"] == "function")
            #expect(call["function"]?["name"] == "get_weather")
            let arguments = try JSONParser.parse(try #require(call["function"]?["arguments"]?.stringValue))
            #expect(arguments["location"] == "Paris")
            #expect(arguments["unit"] == "celsius")
            #expect(arguments["days"] == 3)
        }
    }

    @Test("tool_choice none answers in text; any forces a call; a named function is called")
    func toolChoice() async throws {
        try await withMockServer { server in
            let tools: JSONValue = [Self.weatherTool, Self.emailTool]
            let none = try await server.post(
                "/v1/chat/completions",
                json: chatBody("What's the weather in Paris?", extra: [("tools", tools), ("tool_choice", "none")])
            ).json()
            #expect(none["choices"]?.arrayValue?.first?["finish_reason"] == "stop")
            let any = try await server.post(
                "/v1/chat/completions",
                json: chatBody("Hello there", extra: [("tools", tools), ("tool_choice", "any")])
            ).json()
            #expect(any["choices"]?.arrayValue?.first?["finish_reason"] == "tool_calls")
            let named = try await server.post(
                "/v1/chat/completions",
                json: chatBody(
                    "What's the weather in Paris?",
                    extra: [
                        ("tools", tools), ("tool_choice", ["type": "function", "function": ["name": "send_email"]]),
                    ]
                )
            ).json()
            let call = named["choices"]?.arrayValue?.first?["message"]?["tool_calls"]?.arrayValue?.first
            #expect(call?["function"]?["name"] == "send_email")
        }
    }

    @Test("a prompt that fits no tool is answered in text under tool_choice auto")
    func noFittingTool() async throws {
        try await withMockServer { server in
            let answer = try await server.post(
                "/v1/chat/completions",
                json: chatBody("Tell me a story about dragons", extra: [("tools", [Self.weatherTool])])
            ).json()
            #expect(answer["choices"]?.arrayValue?.first?["finish_reason"] == "stop")
        }
    }

    @Test("parallel calls: one per fitting tool, only one when parallel_tool_calls is false")
    func parallelCalls() async throws {
        try await withMockServer { server in
            let prompt = "Check the weather in Rome and send an email to Anna"
            let tools: JSONValue = [Self.weatherTool, Self.emailTool]
            let parallel = try await server.post(
                "/v1/chat/completions", json: chatBody(prompt, extra: [("tools", tools)])
            ).json()
            #expect(parallel["choices"]?.arrayValue?.first?["message"]?["tool_calls"]?.arrayValue?.count == 2)
            let single = try await server.post(
                "/v1/chat/completions",
                json: chatBody(prompt, extra: [("tools", tools), ("parallel_tool_calls", false)])
            ).json()
            #expect(single["choices"]?.arrayValue?.first?["message"]?["tool_calls"]?.arrayValue?.count == 1)
        }
    }

    @Test("after a tool result the answer is text that uses the result")
    func answersWithToolResult() async throws {
        try await withMockServer { server in
            let body: JSONValue = [
                "model": "mistral-small-latest",
                "tools": [Self.weatherTool],
                "messages": [
                    ["role": "user", "content": "What's the weather in Paris?"],
                    [
                        "role": "assistant", "content": "",
                        "tool_calls": [
                            [
                                "id": "D681PevKs", "type": "function",
                                "function": ["name": "get_weather", "arguments": "{}"],
                            ]
                        ],
                    ],
                    [
                        "role": "tool", "name": "get_weather", "tool_call_id": "D681PevKs",
                        "content": #"{"temperature": 18}"#,
                    ],
                ],
            ]
            let answer = try await server.post("/v1/chat/completions", json: body).json()
            let choice = try #require(answer["choices"]?.arrayValue?.first)
            #expect(choice["finish_reason"] == "stop")
            let content = try #require(choice["message"]?["content"]?.stringValue)
            #expect(content.contains("temperature is 18"))
        }
    }
}
