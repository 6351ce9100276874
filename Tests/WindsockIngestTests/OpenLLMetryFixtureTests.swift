import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// OpenLLMetry (`opentelemetry.instrumentation.mistralai`, legacy attributes) with mistralai 1.x, whose own SDK
/// spans (`chat_completion_v1_chat_completions_post`, …) arrive alongside as separate traces.
@Suite("Fixtures: openllmetry")
struct OpenLLMetryFixtureTests {
    private static let folder = "openllmetry"

    private static func split(_ spans: [Span]) -> (own: [Span], sdk: [Span]) {
        (
            spans.filter { $0.scopeName == "opentelemetry.instrumentation.mistralai" },
            spans.filter { $0.scopeName == "mistralai_sdk_tracer" }
        )
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func chat(format: OTLPContentType) throws {
        let (own, sdk) = Self.split(try Fixture.spans(Self.folder, "chat", format))
        let span = try #require(own.only)
        #expect(span.name == "mistralai.chat")
        #expect(span.kind == .llm)
        #expect(span.operation == "chat")
        #expect(span.provider == "mistral_ai")
        #expect(span.model == "mistral-small-latest")
        #expect(span.usage == CapitalOfFrance.usage)
        #expect(
            span.input?.messageTexts == [
                "system: You are a concise assistant.", "user: What is the capital of France?",
            ])
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
        #expect(span.finishReasons == ["stop"])
        // The SDK's 1.x duplicate: operation from its name, old prompt_tokens name, Mistral's total.
        let duplicate = try #require(sdk.only)
        #expect(duplicate.name == "chat_completion_v1_chat_completions_post")
        #expect(duplicate.kind == .llm)
        #expect(duplicate.operation == "chat")
        #expect(duplicate.usage == CapitalOfFrance.usage)
        #expect(duplicate.parameters == JSONObject([("max_tokens", 64), ("temperature", 0.2), ("top_p", 0.9)]))
        #expect(duplicate.traceID != span.traceID)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func dictMessagesAreLostByOpenLLMetry(format: OTLPContentType) throws {
        let span = try #require(Self.split(try Fixture.spans(Self.folder, "chat_dict_messages", format)).own.only)
        #expect(span.input == nil)
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func stream(format: OTLPContentType) throws {
        let (own, sdk) = Self.split(try Fixture.spans(Self.folder, "stream", format))
        let span = try #require(own.only)
        #expect(span.status == .ok)
        #expect(span.parameters["stream"] == true)
        #expect(span.output?.messageTexts == ["assistant: Hello! This is a fake Mistral answer."])
        let duplicate = try #require(sdk.only)
        #expect(duplicate.name == "stream_chat")
        #expect(duplicate.kind == .llm)
        #expect(duplicate.parameters["stream"] == true)
        #expect(duplicate.provider == "mistral_ai")
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func asyncChat(format: OTLPContentType) throws {
        let span = try #require(Self.split(try Fixture.spans(Self.folder, "async_chat", format)).own.only)
        #expect(span.usage == TokenUsage(inputTokens: 9, outputTokens: 6, totalTokens: 15))
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func toolCallAndResult(format: OTLPContentType) throws {
        let own = Self.split(try Fixture.spans(Self.folder, "tool_call", format)).own
        try #require(own.count == 2)
        #expect(own[0].finishReasons == ["tool_calls"])
        #expect(own[0].output?[0]?["finish_reason"] == "tool_calls")
        let response = try #require(own[1].input?.toolResponses.only)
        #expect(response["response"] == "{\"temperature\": 21, \"unit\": \"celsius\"}")
        #expect(own[1].input?[1]?["role"] == "assistant")
        #expect(
            own[1].output?.messageTexts == [
                "assistant: The weather in Paris is {\"temperature\": 21, \"unit\": \"celsius\"}."
            ])
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func embeddings(format: OTLPContentType) throws {
        let (own, sdk) = Self.split(try Fixture.spans(Self.folder, "embeddings", format))
        let span = try #require(own.only)
        #expect(span.kind == .embedding)
        #expect(span.operation == "embeddings")
        #expect(span.input == ["The sky is blue.", "Grass is green."])
        let duplicate = try #require(sdk.only)
        #expect(duplicate.kind == .embedding)
        #expect(duplicate.usage.inputTokens == 7)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func fillInTheMiddleOnlyFromTheSDK(format: OTLPContentType) throws {
        let span = try #require(try Fixture.spans(Self.folder, "fim", format).only)
        #expect(span.name == "fim_completion_v1_fim_completions_post")
        #expect(span.kind == .llm)
        #expect(span.operation == "text_completion")
        #expect(span.requestModel == "codestral-latest")
        #expect(span.usage == TokenUsage(inputTokens: 5, outputTokens: 5, totalTokens: 10))
        // 5 × 0.3 + 5 × 0.9 per million tokens.
        #expect(abs((span.costUSD ?? 0) - 6e-6) < 1e-12)
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func error(format: OTLPContentType) throws {
        let (own, sdk) = Self.split(try Fixture.spans(Self.folder, "error", format))
        let span = try #require(own.only)
        #expect(span.status == .error)
        #expect(span.statusMessage?.hasPrefix("API error occurred: Status 400") == true)
        #expect(span.attributes["error.type"] == "SDKError")
        #expect(span.events.contains { $0.name == "exception" })
        // The 1.x SDK leaves the status UNSET and reports the failure in mistral_ai.error.*.
        let duplicate = try #require(sdk.only)
        #expect(duplicate.status == .error)
        #expect(duplicate.statusMessage == "Invalid model: bad-model")
    }

    @Test(arguments: [OTLPContentType.protobuf, .json])
    func nested(format: OTLPContentType) throws {
        let spans = try Fixture.spans(Self.folder, "nested", format)
        try #require(spans.count == 5)
        let root = try #require(spans.first { $0.name == "app.pipeline" })
        #expect(root.parentSpanID == nil)
        #expect(root.kind == .span)
        #expect(root.attributes["app.workflow"] == "summarize-then-translate")
        for child in spans where child.spanID != root.spanID {
            #expect(child.parentSpanID == root.spanID)
            #expect(child.traceID == root.traceID)
            #expect(child.kind == .llm)
        }
    }
}
