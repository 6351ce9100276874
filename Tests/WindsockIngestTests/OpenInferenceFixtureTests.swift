import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// Arize OpenInference (`openinference.instrumentation.mistralai`), every scenario it traces, both encodings.
@Suite("Fixtures: openinference")
struct OpenInferenceFixtureTests {
    private static let folder = "openinference"

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func chatWithSDKMessageObjects(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "chat", format).only)
        #expect(span.kind == .llm)
        #expect(span.operation == "chat")
        #expect(span.provider == "mistral_ai")
        #expect(span.requestModel == "mistral-small-latest")
        #expect(span.responseModel == "mistral-small-latest")
        #expect(span.usage == CapitalOfFrance.usage)
        // The messages came as Python reprs of SDK objects inside `input.value`.
        #expect(
            span.input?.messageTexts == [
                "system: You are a concise assistant.", "user: What is the capital of France?",
            ])
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
        #expect(span.finishReasons == ["stop"])
        // Unset parameters arrive as "" and are not parameters the caller set.
        #expect(
            span.parameters
                == JSONObject([("temperature", 0.2), ("top_p", 0.9), ("max_tokens", 64), ("stream", false)]))
        #expect(span.responseID != nil)
        #expect(span.status == .ok)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func chatWithDictMessages(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "chat_dict_messages", format).only)
        #expect(
            span.input?.messageTexts == [
                "system: You are a concise assistant.", "user: What is the capital of France?",
            ])
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
        #expect(span.parameters["top_p"] == nil)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func asyncChat(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "async_chat", format).only)
        #expect(span.name == "MistralAsyncClient.chat")
        #expect(span.kind == .llm)
        #expect(span.usage == TokenUsage(inputTokens: 9, outputTokens: 6, totalTokens: 15))
        #expect(span.input?.messageTexts == ["user: What is the capital of France?"])
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func streamHasTimeToFirstToken(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "stream", format).only)
        #expect(span.parameters["stream"] == true)
        let event = try #require(span.events.first { $0.name == "First Token Stream Event" })
        let ttft = try #require(span.timeToFirstTokenMs)
        #expect(ttft == span.startTime.milliseconds(to: event.time))
        #expect(ttft > 0 && ttft < span.durationMs)
        // Re-assembled streamed output, wrapped in {"data": …}.
        #expect(span.output?.messageTexts == ["assistant: Hello! This is a fake Mistral answer."])
        #expect(span.usage == TokenUsage(inputTokens: 5, outputTokens: 7, totalTokens: 12))
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func toolCallAndResult(format: OTLPContentType) throws {
        let spans = try Fixture.spans(Self.folder, "tool_call", format)
        try #require(spans.count == 2)
        let toolCall = try #require(spans[0].output?.toolCalls.only)
        #expect(toolCall["name"] == "get_weather")
        #expect(toolCall["arguments"] == ["location": "Paris", "unit": "celsius"])
        let id = try #require(toolCall["id"]?.stringValue)
        #expect(spans[0].finishReasons == ["tool_calls"])
        #expect(spans[0].parameters["tool_choice"] == "auto")
        #expect(spans[0].toolDefinitions?[0]?["function"]?["name"] == "get_weather")
        // The follow-up call's Python-repr messages: the assistant's ToolCall(...) and the ToolMessage.
        let input = try #require(spans[1].input)
        #expect(input.toolCalls.only?["id"]?.stringValue == id)
        #expect(input.toolCalls.only?["arguments"] == ["location": "Paris", "unit": "celsius"])
        #expect(input.toolResponses.only?["id"]?.stringValue == id)
        #expect(input.toolResponses.only?["response"] == "{\"temperature\": 21, \"unit\": \"celsius\"}")
        #expect(input[2]?["role"] == "tool")
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func error(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "error", format).only)
        #expect(span.kind == .llm)
        #expect(span.status == .error)
        #expect(span.statusMessage?.hasPrefix("SDKError: API error occurred: Status 400") == true)
        #expect(span.requestModel == "bad-model")
        #expect(span.provider == "mistral_ai")
        #expect(span.costUSD == nil)
        let exception = try #require(span.events.first { $0.name == "exception" })
        #expect(exception.attributes["exception.stacktrace"]?.stringValue?.isEmpty == false)
        #expect(span.input?.messageTexts == ["user: This call fails."])
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func nested(format: OTLPContentType) throws {
        let spans = try Fixture.spans(Self.folder, "nested", format)
        try #require(spans.count == 3)
        #expect(spans[0].name == "app.pipeline")
        #expect(spans[0].kind == .span)
        for child in spans.dropFirst() {
            #expect(child.parentSpanID == spans[0].spanID)
            #expect(child.kind == .llm)
        }
        #expect(
            spans[2].output?.messageTexts == ["assistant: Le ciel est bleu parce que l'air diffuse la lumière bleue."])
    }
}
