import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// Content sent as span events: the deprecated GenAI message events and `gen_ai.content.*`.
@Suite("Conventions: legacy GenAI events")
struct LegacyEventTests {
    private static func event(_ name: String, _ attributes: [(String, JSONValue)]) -> SpanEvent {
        SpanEvent(name: name, time: SpanFactory.time(afterMs: 1), attributes: JSONObject(attributes))
    }

    @Test func perMessageEventsAndChoice() throws {
        let span = SpanFactory.normalize(
            [("gen_ai.system", "mistral_ai"), ("gen_ai.operation.name", "chat")], name: "chat",
            events: [
                Self.event("gen_ai.system.message", [("content", "Be brief.")]),
                Self.event("gen_ai.user.message", [("content", "Weather in Paris?")]),
                Self.event(
                    "gen_ai.assistant.message",
                    [
                        (
                            "tool_calls",
                            [
                                [
                                    "id": "c1", "type": "function",
                                    "function": ["name": "get_weather", "arguments": "{\"city\": \"Paris\"}"],
                                ]
                            ]
                        )
                    ]),
                Self.event("gen_ai.tool.message", [("content", "21C"), ("id", "c1")]),
                Self.event(
                    "gen_ai.choice",
                    [
                        ("index", 0), ("finish_reason", "stop"),
                        ("message", .object(JSONObject([("content", "It is 21C.")]))),
                    ]),
            ])
        #expect(span.input?.messageTexts == ["system: Be brief.", "user: Weather in Paris?"])
        #expect(span.input?.toolCalls.only?["arguments"] == ["city": "Paris"])
        #expect(
            span.input?.toolResponses.only
                == JSONObject([("type", "tool_call_response"), ("id", "c1"), ("response", "21C")]))
        #expect(span.output?.messageTexts == ["assistant: It is 21C."])
        #expect(span.finishReasons == ["stop"])
        #expect(span.events.count == 5)
    }

    @Test func contentPromptAndCompletionEvents() {
        let span = SpanFactory.normalize(
            [("gen_ai.operation.name", "chat")],
            events: [
                Self.event("gen_ai.content.prompt", [("gen_ai.prompt", "[{\"role\": \"user\", \"content\": \"Hi\"}]")]),
                Self.event(
                    "gen_ai.content.completion",
                    [
                        (
                            "gen_ai.completion",
                            "[{\"role\": \"assistant\", \"content\": \"Hello\", \"finish_reason\": \"stop\"}]"
                        )
                    ]),
            ])
        #expect(span.input?.messageTexts == ["user: Hi"])
        #expect(span.output?.messageTexts == ["assistant: Hello"])
        #expect(span.finishReasons == ["stop"])
    }

    @Test func deprecatedSpanAttributes() {
        let span = SpanFactory.normalize([
            ("gen_ai.system", "MistralAI"), ("gen_ai.operation.name", "chat"),
            ("gen_ai.request.model", "mistral-small-latest"), ("gen_ai.usage.prompt_tokens", 10),
            ("gen_ai.usage.completion_tokens", 5), ("gen_ai.openai.request.seed", 42),
            ("gen_ai.request.stop_sequences", ["END"]), ("gen_ai.request.choice.count", 2),
            ("gen_ai.conversation.id", "conv-1"), ("error.type", "timeout"),
        ])
        #expect(span.provider == "mistral_ai")
        #expect(span.usage == TokenUsage(inputTokens: 10, outputTokens: 5, totalTokens: 15))
        #expect(span.parameters == JSONObject([("random_seed", 42), ("stop", ["END"]), ("n", 2)]))
        #expect(span.sessionID == "conv-1")
        #expect(span.status == .error)
        #expect(span.statusMessage == "timeout")
    }

    @Test func toolExecutionSpan() {
        let span = SpanFactory.normalize([
            ("gen_ai.operation.name", "execute_tool"), ("gen_ai.tool.name", "get_weather"),
            ("gen_ai.tool.call.id", "c1"), ("gen_ai.tool.call.arguments", "{\"city\": \"Paris\"}"),
            ("gen_ai.tool.call.result", "{\"temperature\": 21}"),
        ])
        #expect(span.kind == .tool)
        #expect(span.input == ["city": "Paris"])
        #expect(span.output == ["temperature": 21])
        #expect(span.costUSD == nil)
    }

    @Test(arguments: [
        ("invoke_agent", SpanKind.agent), ("create_agent", .agent), ("text_completion", .llm),
        ("generate_content", .llm), ("embeddings", .embedding), ("workflow", .chain), ("something_else", .span),
    ])
    func operationKinds(operation: String, kind: SpanKind) {
        #expect(SpanFactory.normalize([("gen_ai.operation.name", .string(operation))]).kind == kind)
    }
}
