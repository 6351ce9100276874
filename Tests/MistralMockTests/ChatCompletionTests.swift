import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Chat completions")
struct ChatCompletionTests {
    @Test("a chat completion has the API's shape, consistent usage and a 32-hex id")
    func happyPath() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions", json: chatBody("What is the capital of France?"))
            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")
            #expect(response.header("mistral-correlation-id")?.count == 36)
            let body = try response.json()
            let id = try #require(body["id"]?.stringValue)
            #expect(id.count == 32 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
            #expect(body["object"] == "chat.completion")
            #expect(body["model"] == "mistral-small-latest")
            #expect((body["created"]?.intValue ?? 0) > 1_700_000_000)
            let choice = try #require(body["choices"]?.arrayValue?.first)
            #expect(choice["finish_reason"] == "stop")
            #expect(choice["message"]?["role"] == "assistant")
            #expect(choice["message"]?["tool_calls"] == .null)
            let content = try #require(choice["message"]?["content"]?.stringValue)
            #expect(content.contains("France"))
            let usage = try #require(body["usage"])
            let prompt = try #require(usage["prompt_tokens"]?.intValue)
            let completion = try #require(usage["completion_tokens"]?.intValue)
            #expect(usage["total_tokens"]?.intValue == prompt + completion)
            #expect(completion == Tokenizer.count(content))
            #expect(prompt == Tokenizer.promptTokens(messageTexts: ["What is the capital of France?"]))
        }
    }

    @Test("the same request gives the same answer and id; another prompt gives another answer")
    func determinism() async throws {
        try await withMockServer { server in
            let first = try await server.post(
                "/v1/chat/completions", json: chatBody("Explain photosynthesis in plants")
            ).json()
            let second = try await server.post(
                "/v1/chat/completions", json: chatBody("Explain photosynthesis in plants")
            ).json()
            let other = try await server.post("/v1/chat/completions", json: chatBody("Describe the Roman empire"))
                .json()
            #expect(first["id"] == second["id"])
            #expect(first["choices"] == second["choices"])
            #expect(first["choices"] != other["choices"])
        }
    }

    @Test("echo prompts are answered verbatim")
    func echo() async throws {
        try await withMockServer { server in
            let body = try await server.post("/v1/chat/completions", json: chatBody("Say \"pong\"")).json()
            #expect(body["choices"]?.arrayValue?.first?["message"]?["content"] == "pong")
        }
    }

    @Test("max_tokens truncates the answer with finish_reason length")
    func maxTokens() async throws {
        try await withMockServer { server in
            let full = try await server.post("/v1/chat/completions", json: chatBody("Explain photosynthesis in plants"))
                .json()
            let short = try await server.post(
                "/v1/chat/completions",
                json: chatBody("Explain photosynthesis in plants", extra: [("max_tokens", 3)])
            ).json()
            let fullText = try #require(full["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            let shortChoice = try #require(short["choices"]?.arrayValue?.first)
            let shortText = try #require(shortChoice["message"]?["content"]?.stringValue)
            #expect(shortChoice["finish_reason"] == "length")
            #expect(short["usage"]?["completion_tokens"] == 3)
            #expect(fullText.hasPrefix(shortText))
            #expect(Tokenizer.count(shortText) == 3)
        }
    }

    @Test("a stop sequence ends the answer before it")
    func stopSequence() async throws {
        try await withMockServer { server in
            let full = try await server.post("/v1/chat/completions", json: chatBody("Explain photosynthesis in plants"))
                .json()
            let fullText = try #require(full["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            let stop = try #require(fullText.split(separator: " ").dropFirst(2).first.map(String.init))
            let stopped = try await server.post(
                "/v1/chat/completions",
                json: chatBody("Explain photosynthesis in plants", extra: [("stop", [.string(stop)])])
            ).json()
            let text = try #require(stopped["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            #expect(!text.contains(stop))
            #expect(fullText.hasPrefix(text))
            #expect(stopped["choices"]?.arrayValue?.first?["finish_reason"] == "stop")
        }
    }

    @Test("n gives that many choices, each indexed")
    func severalChoices() async throws {
        try await withMockServer { server in
            let body = try await server.post(
                "/v1/chat/completions", json: chatBody("Describe Lisbon", extra: [("n", 3)])
            ).json()
            let choices = try #require(body["choices"]?.arrayValue)
            #expect(choices.map { $0["index"]?.intValue } == [0, 1, 2])
        }
    }

    @Test("an assistant prefix message primes the answer")
    func prefix() async throws {
        try await withMockServer { server in
            let body: JSONValue = [
                "model": "mistral-small-latest",
                "messages": [
                    ["role": "user", "content": "Describe Lisbon"],
                    ["role": "assistant", "content": "Lisbon:", "prefix": true],
                ],
            ]
            let answer = try await server.post("/v1/chat/completions", json: body).json()
            let content = try #require(answer["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            #expect(content.hasPrefix("Lisbon: "))
        }
    }
}
