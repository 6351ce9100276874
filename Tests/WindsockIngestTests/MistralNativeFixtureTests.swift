import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// mistralai 3.x built-in tracing (`mistralai_sdk_tracer`, GenAI conventions), every scenario, both encodings.
@Suite("Fixtures: mistralai-native")
struct MistralNativeFixtureTests {
    private static let folder = "mistralai-native"

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func chat(format: OTLPContentType) throws {
        let spans = try Fixture.spans(Self.folder, "chat", format)
        let span = try #require(spans.only)
        #expect(span.kind == .llm)
        #expect(span.operation == "chat")
        #expect(span.provider == "mistral_ai")
        #expect(span.requestModel == "mistral-small-latest")
        #expect(span.responseModel == "mistral-small-latest")
        #expect(span.usage == CapitalOfFrance.usage)
        #expect(
            span.input?.messageTexts == [
                "system: You are a concise assistant.", "user: What is the capital of France?",
            ])
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
        #expect(span.output?[0]?["finish_reason"] == "stop")
        #expect(span.finishReasons == ["stop"])
        #expect(span.parameters == JSONObject([("max_tokens", 64), ("temperature", 0.2), ("top_p", 0.9)]))
        #expect(span.status == .ok)
        #expect(span.parentSpanID == nil)
        #expect(span.scopeName == "mistralai_sdk_tracer")
        #expect(span.serviceName?.hasPrefix("acceptance") == true)
        // mistral-small-latest is mistral-small-2603: 17 × 0.15 + 6 × 0.6 per million tokens.
        #expect(abs((span.costUSD ?? 0) - 6.15e-6) < 1e-12)
        #expect(span.attributes["gen_ai.input.messages"]?.stringValue?.hasPrefix("[{\"role\": \"system\"") == true)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func chatWithDictMessages(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "chat_dict_messages", format).only)
        #expect(span.kind == .llm)
        #expect(
            span.input?.messageTexts == [
                "system: You are a concise assistant.", "user: What is the capital of France?",
            ])
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func asyncChat(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "async_chat", format).only)
        #expect(span.kind == .llm)
        #expect(span.usage == TokenUsage(inputTokens: 9, outputTokens: 6, totalTokens: 15))
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func stream(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "stream", format).only)
        #expect(span.kind == .llm)
        #expect(span.parameters["stream"] == true)
        #expect(span.parameters["temperature"] == 0.7)
        #expect(span.usage == TokenUsage(inputTokens: 5, outputTokens: 7, totalTokens: 12))
        #expect(span.output?.messageTexts == ["assistant: Hello! This is a fake Mistral answer."])
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func toolCallAndResult(format: OTLPContentType) throws {
        let spans = try Fixture.spans(Self.folder, "tool_call", format)
        try #require(spans.count == 2)
        let call = spans[0]
        let result = spans[1]
        let toolCall = try #require(call.output?.toolCalls.only)
        #expect(toolCall["name"] == "get_weather")
        #expect(toolCall["arguments"] == ["location": "Paris", "unit": "celsius"])
        let id = try #require(toolCall["id"]?.stringValue)
        #expect(call.finishReasons == ["tool_calls"])
        #expect(call.toolDefinitions?[0]?["name"] == "get_weather")
        // The result call sends the call back and the tool's answer, linked by the same id.
        #expect(result.input?.toolCalls.only?["id"]?.stringValue == id)
        let response = try #require(result.input?.toolResponses.only)
        #expect(response["id"]?.stringValue == id)
        #expect(response["response"] == "{\"temperature\": 21, \"unit\": \"celsius\"}")
        #expect(
            result.output?.messageTexts == [
                "assistant: The weather in Paris is {\"temperature\": 21, \"unit\": \"celsius\"}."
            ])
        #expect(result.usage == TokenUsage(inputTokens: 21, outputTokens: 9, totalTokens: 30))
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func embeddings(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "embeddings", format).only)
        #expect(span.kind == .embedding)
        #expect(span.operation == "embeddings")
        #expect(span.requestModel == "mistral-embed")
        #expect(span.usage == TokenUsage(inputTokens: 7, outputTokens: nil, totalTokens: 7))
        #expect(abs((span.costUSD ?? 0) - 7e-7) < 1e-12)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func fillInTheMiddle(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "fim", format).only)
        #expect(span.kind == .llm)
        #expect(span.operation == "text_completion")
        #expect(span.model == "codestral-latest")
        #expect(span.usage == TokenUsage(inputTokens: 5, outputTokens: 5, totalTokens: 10))
        #expect(span.output?.messageTexts == ["assistant: \n    result = a + b\n    "])
        #expect(span.parameters["max_tokens"] == 32)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func error(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "error", format).only)
        #expect(span.kind == .llm)
        #expect(span.status == .error)
        #expect(span.statusMessage == "Invalid model: bad-model")
        #expect(span.requestModel == "bad-model")
        #expect(span.usage.isEmpty)
        #expect(span.costUSD == nil)
        #expect(span.events.first?.name == "exception")
        #expect(span.events.first?.attributes["exception.type"] == "invalid_model")
        #expect(span.input?.messageTexts == ["user: This call fails."])
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func nested(format: OTLPContentType) throws {
        let spans = try Fixture.spans(Self.folder, "nested", format)
        try #require(spans.count == 3)
        let root = spans[0]
        #expect(root.name == "app.pipeline")
        #expect(root.kind == .span)
        #expect(root.parentSpanID == nil)
        for child in spans.dropFirst() {
            #expect(child.kind == .llm)
            #expect(child.parentSpanID == root.spanID)
            #expect(child.traceID == root.traceID)
        }
        #expect(spans[1].output?.messageTexts == ["assistant: Rayleigh scattering makes the sky look blue."])
        #expect(spans[2].usage == TokenUsage(inputTokens: 13, outputTokens: 11, totalTokens: 24))
    }
}

extension Array {
    /// The single element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
