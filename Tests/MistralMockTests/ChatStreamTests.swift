import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Chat streaming")
struct ChatStreamTests {
    @Test("framing: data-only compact events, role delta first, one token per chunk, usage only last, [DONE]")
    func framing() async throws {
        try await withMockServer { server in
            let prompt = "Explain photosynthesis in plants"
            let plain = try await server.post("/v1/chat/completions", json: chatBody(prompt)).json()
            let expectedText = try #require(plain["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            let response = try await server.post(
                "/v1/chat/completions", json: chatBody(prompt, extra: [("stream", true)]))
            #expect(response.status == 200)
            #expect(response.isComplete)
            #expect(response.header("content-type")?.hasPrefix("text/event-stream") == true)
            #expect(response.header("transfer-encoding") == "chunked")

            let text = response.text
            #expect(text.hasSuffix("\n\ndata: [DONE]\n\n"))
            #expect(!text.contains("event:"))
            let blocks = text.split(separator: "\n\n").map(String.init)
            #expect(blocks.allSatisfy { $0.hasPrefix("data: ") && !$0.dropFirst(6).contains("\n") })
            #expect(blocks.last == "data: [DONE]")

            let chunks = try blocks.dropLast().map { try JSONParser.parse(String($0.dropFirst(6))) }
            #expect(zip(blocks, chunks).allSatisfy { String($0.0.dropFirst(6)) == $0.1.compactString })
            #expect(blocks.allSatisfy { !$0.dropFirst(6).contains(": ") && !$0.contains(", \"") })
            let id = try #require(plain["id"])
            #expect(chunks.allSatisfy { $0["id"] == id && $0["object"] == "chat.completion.chunk" })

            let first = try #require(chunks.first)
            #expect(first["choices"]?.arrayValue?.first?["delta"] == ["role": "assistant", "content": ""])
            #expect(first["choices"]?.arrayValue?.first?["finish_reason"] == .null)
            #expect(first.objectValue?.contains("usage") == false)

            let tokens = chunks.dropFirst().compactMap {
                $0["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue
            }
            #expect(tokens == Tokenizer.tokens(expectedText))
            #expect(tokens.joined() == expectedText)

            #expect(chunks.dropLast().allSatisfy { $0.objectValue?.contains("usage") == false })
            #expect(chunks.dropLast().allSatisfy { $0["choices"]?.arrayValue?.first?["finish_reason"] == .null })
            let last = try #require(chunks.last)
            #expect(last["choices"]?.arrayValue?.first?["finish_reason"] == "stop")
            #expect(last["usage"] == plain["usage"])
        }
    }

    @Test("the exact bytes of a short stream")
    func exactBytes() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions", json: chatBody("Say hi!", extra: [("stream", true)]))
            let chunk = try JSONParser.parse(try #require(response.sseData.first))
            let id = try #require(chunk["id"]?.stringValue)
            let created = try #require(chunk["created"]?.intValue)
            let prefix =
                #"data: {"id":"\#(id)","object":"chat.completion.chunk","created":\#(created),"model":"mistral-small-latest","choices":[{"index":0,"delta":"#
            let prompt = Tokenizer.promptTokens(messageTexts: ["Say hi!"])
            let expected =
                prefix + #"{"role":"assistant","content":""},"finish_reason":null}]}"# + "\n\n"
                + prefix + #"{"content":"hi"},"finish_reason":null}]}"# + "\n\n"
                + prefix
                + #"{"content":"!"},"finish_reason":"stop"}],"usage":{"prompt_tokens":\#(prompt),"total_tokens":\#(prompt + 2),"completion_tokens":2}}"#
                + "\n\n" + "data: [DONE]\n\n"
            #expect(response.text == expected)
        }
    }

    @Test("a streamed tool call arrives whole in one chunk with finish_reason tool_calls")
    func toolCallChunk() async throws {
        try await withMockServer { server in
            let body = chatBody(
                "What's the weather in Paris?", extra: [("tools", [ToolCallTests.weatherTool]), ("stream", true)])
            let response = try await server.post("/v1/chat/completions", json: body)
            let chunks = try response.sseData.dropLast().map { try JSONParser.parse($0) }
            #expect(chunks.count == 2)
            let delta = try #require(chunks.last?["choices"]?.arrayValue?.first?["delta"])
            #expect(delta["content"] == .null)
            #expect(delta["tool_calls"]?.arrayValue?.first?["function"]?["name"] == "get_weather")
            #expect(chunks.last?["choices"]?.arrayValue?.first?["finish_reason"] == "tool_calls")
            #expect(chunks.last?["usage"] != nil)
            #expect(response.sseData.last == "[DONE]")
        }
    }

    @Test("FIM streams with the chat framing")
    func fimStream() async throws {
        try await withMockServer { server in
            let body: JSONValue = [
                "model": "codestral-latest", "prompt": "def add(a, b):", "suffix": "print(add(1, 2))", "stream": true,
            ]
            let response = try await server.post("/v1/fim/completions", json: body)
            let plain = try await server.post(
                "/v1/fim/completions",
                json: ["model": "codestral-latest", "prompt": "def add(a, b):", "suffix": "print(add(1, 2))"]
            ).json()
            let chunks = try response.sseData.dropLast().map { try JSONParser.parse($0) }
            let text = chunks.dropFirst().compactMap {
                $0["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue
            }.joined()
            #expect(text == plain["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            #expect(text.contains("return"))
            #expect(response.sseData.last == "[DONE]")
        }
    }
}
