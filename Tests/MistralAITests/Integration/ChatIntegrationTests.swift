import Foundation
import MistralMock
import Testing

@testable import MistralAI

@Suite("Chat against the emulator")
struct ChatIntegrationTests {
    private let weather = Tool.function(
        name: "get_weather",
        description: "Get the current weather of a city",
        parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]
    )

    @Test("complete: text, usage, finish reason")
    func complete() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let response = try await mistral.chat.complete(
                model: "mistral-small-latest",
                messages: [.system("Answer in one short sentence."), .user("Who is the best French painter?")],
                temperature: 0.3,
                topP: 0.9,
                randomSeed: 7,
                presencePenalty: 0.1,
                frequencyPenalty: 0.1,
                safePrompt: true
            )
            #expect(response.id.count == 32)
            #expect(response.object == "chat.completion")
            #expect(!(response.text ?? "").isEmpty)
            #expect(response.finishReason == .stop)
            let usage = try #require(response.usage)
            #expect(usage.promptTokens > 0 && usage.completionTokens > 0)
            #expect(usage.totalTokens == usage.promptTokens + usage.completionTokens)
        }
    }

    @Test("max_tokens truncates with finish_reason length; stop, n, prediction, reasoning_effort are accepted")
    func parameters() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let short = try await mistral.chat.complete(
                model: "mistral-small-latest",
                messages: [.user("Tell me a long story about the sea and the wind.")],
                maxTokens: 2
            )
            #expect(short.finishReason == .length)
            #expect(short.usage?.completionTokens == 2)
            let many = try await mistral.chat.complete(
                model: "mistral-medium-latest",
                messages: [.user("Say hello")],
                stop: ["\n\n"],
                n: 2,
                prediction: .content("Hello"),
                reasoningEffort: .low
            )
            #expect(many.choices.count == 2)
        }
    }

    @Test("a tool call round trip: the model calls the tool, gets its result, answers in text")
    func toolRoundTrip() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            var messages: [ChatMessage] = [.user("What is the weather in Paris? Use get_weather.")]
            let first = try await mistral.chat.complete(
                model: "mistral-large-latest",
                messages: messages,
                tools: [weather],
                toolChoice: .auto,
                parallelToolCalls: false
            )
            #expect(first.finishReason == .toolCalls)
            let call = try #require(first.toolCalls.first)
            #expect(call.id.count == 9)
            #expect(call.id.allSatisfy { $0.isLetter || $0.isNumber })
            #expect(call.function.name == "get_weather")
            struct Arguments: Decodable { var city: String }
            _ = try call.function.decodeArguments(as: Arguments.self)

            messages.append(.assistant(try #require(first.message)))
            messages.append(.tool(#"{"temperature": 22, "sky": "sunny"}"#, for: call))
            let second = try await mistral.chat.complete(
                model: "mistral-large-latest", messages: messages, tools: [weather])
            #expect(second.finishReason == .stop)
            #expect(!(second.text ?? "").isEmpty)
        }
    }

    @Test("tool_choice any forces a call, a named function forces that function")
    func forcedToolChoice() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let other = Tool.function(
                name: "get_time", description: "Current time", parameters: ["type": "object", "properties": [:]])
            let forced = try await mistral.chat.complete(
                model: "mistral-small-latest",
                messages: [.user("Hello there")],
                tools: [weather, other],
                toolChoice: .function(name: "get_time")
            )
            #expect(forced.toolCalls.map(\.function.name) == ["get_time"])
            let any = try await mistral.chat.complete(
                model: "mistral-small-latest",
                messages: [.user("Hello there")],
                tools: [weather],
                toolChoice: .any
            )
            #expect(any.finishReason == .toolCalls)
        }
    }

    @Test("JSON mode and JSON schema answers are JSON text following the schema")
    func structuredOutput() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let object = try await mistral.chat.complete(
                model: "mistral-small-latest",
                messages: [.user("Give me a JSON object describing Paris.")],
                responseFormat: .jsonObject
            )
            #expect(try JSONValue(parsing: object.text ?? "").objectValue != nil)

            struct Book: Decodable {
                var title: String
                var year: Int
                var tags: [String]
            }
            let schema: JSONValue = [
                "type": "object",
                "properties": [
                    "title": ["type": "string"], "year": ["type": "integer"],
                    "tags": ["type": "array", "items": ["type": "string"]],
                ],
                "required": ["title", "year", "tags"],
            ]
            let typed = try await mistral.chat.complete(
                model: "mistral-small-latest",
                messages: [.user("A famous French novel.")],
                responseFormat: .jsonSchema(name: "book", schema: schema)
            )
            _ = try JSONValue(parsing: typed.text ?? "").decode(as: Book.self)
        }
    }

    @Test("multimodal user content is accepted")
    func chunks() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let response = try await mistral.chat.complete(
                model: "mistral-medium-latest",
                messages: [
                    .user([.text("What is in this picture?"), .imageURL("https://example.com/cat.png", detail: .low)])
                ]
            )
            #expect(response.finishReason == .stop)
        }
    }

    @Test("stream: role first, text deltas, usage only on the last chunk; it adds up to the complete answer")
    func stream() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let messages: [ChatMessage] = [.user("Who is the best French painter?")]
            let stream = try await mistral.chat.stream(model: "mistral-small-latest", messages: messages, randomSeed: 1)
            var chunks: [ChatCompletionChunk] = []
            var accumulator = ChatCompletionAccumulator()
            for try await chunk in stream {
                chunks.append(chunk)
                accumulator.add(chunk)
            }
            #expect(chunks.count >= 3)
            #expect(chunks.first?.choices.first?.delta.role == .assistant)
            #expect(chunks.dropLast().allSatisfy { $0.usage == nil })
            #expect(chunks.last?.usage != nil)
            #expect(chunks.last?.finishReason == .stop)
            let complete = try await mistral.chat.complete(
                model: "mistral-small-latest", messages: messages, randomSeed: 1)
            #expect(accumulator.response.text == complete.text)
            #expect(accumulator.response.usage == complete.usage)
        }
    }

    @Test("a streamed tool call arrives whole")
    func streamToolCall() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let stream = try await mistral.chat.stream(
                model: "mistral-large-latest",
                messages: [.user("What is the weather in Lyon? Use get_weather.")],
                tools: [weather]
            )
            var accumulator = ChatCompletionAccumulator()
            for try await chunk in stream { accumulator.add(chunk) }
            #expect(accumulator.response.finishReason == .toolCalls)
            #expect(accumulator.response.toolCalls.first?.function.name == "get_weather")
        }
    }

    @Test("API errors: unknown model and wrong role order; metadata is accepted")
    func apiErrors() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            await #expect {
                _ = try await mistral.chat.complete(model: "no-such-model", messages: [.user("Hi")])
            } throws: { error in
                guard let apiError = (error as? MistralError)?.apiError else { return false }
                return apiError.status == 400 && apiError.type == "invalid_model" && apiError.code == "1500"
                    && apiError.message == "Invalid model: no-such-model"
            }
            await #expect {
                _ = try await mistral.chat.complete(
                    model: "mistral-small-latest", messages: [.user("Hi"), .assistant("Hello")])
            } throws: { error in
                guard let apiError = (error as? MistralError)?.apiError else { return false }
                return apiError.status == 400 && apiError.message.contains("Expected last role User or Tool")
            }
            let request = ChatCompletionRequest(
                model: "mistral-small-latest",
                messages: [.user("Hi")],
                metadata: ["a": "b"]
            )
            _ = try await mistral.chat.complete(request)
        }
    }
}
