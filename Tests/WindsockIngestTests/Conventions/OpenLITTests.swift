import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// OpenLIT `openlit.init()` spans, with the attributes ATTRIBUTES.md lists for its chat, tool call, embeddings and
/// error spans.
@Suite("Conventions: OpenLIT")
struct OpenLITTests {
    private static let scope = "openlit.instrumentation.mistral"
    private static let resource: [(String, JSONValue)] = [
        ("service.name", "acceptance-openlit"), ("telemetry.sdk.name", "openlit"),
        ("deployment.environment", "acceptance"),
    ]

    private static func common(stream: Bool, temperature: Double, maxTokens: Int) -> [(String, JSONValue)] {
        [
            ("telemetry.sdk.name", "openlit"), ("gen_ai.operation.name", "chat"),
            ("gen_ai.provider.name", "mistral_ai"), ("server.address", "127.0.0.1"), ("server.port", 38119),
            ("gen_ai.request.model", "mistral-small-latest"), ("gen_ai.response.model", "mistral-small-latest"),
            ("deployment.environment", "acceptance"), ("service.name", "acceptance-openlit"),
            ("gen_ai.request.stream", .bool(stream)), ("gen_ai.server.time_per_output_token", 0.005003929138183594),
            ("gen_ai.server.time_to_first_token", 0.0009059906005859375), ("gen_ai.sdk.version", "1.12.4"),
            ("gen_ai.request.seed", ""), ("gen_ai.request.frequency_penalty", 0.0),
            ("gen_ai.request.max_tokens", .int(maxTokens)), ("gen_ai.request.presence_penalty", 0.0),
            ("gen_ai.request.stop_sequences", []), ("gen_ai.request.temperature", .double(temperature)),
            ("gen_ai.request.top_k", 1.0), ("gen_ai.request.top_p", 1.0),
            ("gen_ai.response.id", "2e059f5edbf3f3ed18c24c8b39143ee1"), ("gen_ai.output.type", "text"),
            ("gen_ai.usage.cache_read.input_tokens", 0), ("gen_ai.usage.cache_creation.input_tokens", 0),
            ("openlit.agent.version_hash", "bff87b2ac464f39a"),
        ]
    }

    @Test func streamedChatKeepsOnlyRealParametersAndTimeToFirstToken() throws {
        let span = SpanFactory.normalize(
            Self.common(stream: true, temperature: 0.7, maxTokens: 64) + [
                ("gen_ai.response.finish_reasons", ["stop"]), ("gen_ai.usage.input_tokens", 5),
                ("gen_ai.usage.output_tokens", 7), ("gen_ai.client.token.usage", 12),
                ("gen_ai.usage.cost", 2.5999999999999997e-06), ("gen_ai.input.messages", "[]"),
                (
                    "gen_ai.output.messages",
                    "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"text\", \"content\": \"Hello!\"}], \"finish_reason\": \"stop\"}]"
                ),
            ], name: "chat mistral-small-latest", kind: .client, scope: Self.scope, resource: Self.resource)
        #expect(span.kind == .llm)
        #expect(span.parameters == JSONObject([("stream", true), ("max_tokens", 64), ("temperature", 0.7)]))
        #expect(span.usage == TokenUsage(inputTokens: 5, outputTokens: 7, totalTokens: 12))
        // OpenLIT's own cost wins over the price table.
        #expect(span.costUSD == 2.5999999999999997e-06)
        #expect(span.timeToFirstTokenMs == 0.0009059906005859375 * 1000)
        #expect(span.input == nil)
        #expect(span.output?.messageTexts == ["assistant: Hello!"])
        #expect(span.serviceName == "acceptance-openlit")
    }

    @Test func inventedDefaultsAreDropped() {
        let span = SpanFactory.normalize(
            Self.common(stream: false, temperature: 0.3, maxTokens: -1) + [
                ("gen_ai.system_instructions", "[{\"type\": \"text\", \"content\": \"You are a concise assistant.\"}]"),
                ("gen_ai.input.messages", "[]"),
            ], name: "chat mistral-small-latest", kind: .client, scope: Self.scope, resource: Self.resource)
        #expect(span.parameters == JSONObject([("stream", false)]))
        // Not streamed: OpenLIT's time to first token is just the latency.
        #expect(span.timeToFirstTokenMs == nil)
        // SDK message objects are lost ("[]"), but the system instructions become the first message.
        #expect(span.input?.messageTexts == ["system: You are a concise assistant."])
    }

    @Test func toolCallAttributes() throws {
        let span = SpanFactory.normalize(
            Self.common(stream: false, temperature: 0.3, maxTokens: -1) + [
                ("gen_ai.response.finish_reasons", ["tool_calls"]), ("gen_ai.tool.name", "get_weather"),
                ("gen_ai.tool.call.id", "stzGfmvpr"), ("gen_ai.tool.args", "{\"location\": \"Paris\"}"),
                (
                    "gen_ai.output.messages",
                    "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"stzGfmvpr\", \"name\": \"get_weather\", \"arguments\": {\"location\": \"Paris\"}}], \"finish_reason\": \"tool_calls\"}]"
                ),
            ], name: "chat mistral-small-latest", kind: .client, scope: Self.scope, resource: Self.resource)
        let call = try #require(span.output?.toolCalls.only)
        #expect(call["id"] == "stzGfmvpr")
        #expect(call["arguments"] == ["location": "Paris"])
        #expect(span.finishReasons == ["tool_calls"])
    }

    @Test func embeddingsInputIsAPythonList() {
        let span = SpanFactory.normalize(
            [
                ("telemetry.sdk.name", "openlit"), ("gen_ai.operation.name", "embeddings"),
                ("gen_ai.provider.name", "mistral_ai"), ("gen_ai.request.model", "mistral-embed"),
                ("gen_ai.response.model", "mistral-embed"), ("gen_ai.request.encoding_formats", ["float"]),
                ("gen_ai.usage.input_tokens", 7), ("gen_ai.client.token.usage", 7),
                ("gen_ai.usage.cost", 7.000000000000001e-07),
                ("gen_ai.input.messages", "['The sky is blue.', 'Grass is green.']"),
            ], name: "embeddings mistral-embed", kind: .client,
            events: [
                SpanEvent(
                    name: "gen_ai.content.prompt", time: SpanFactory.time(afterMs: 1),
                    attributes: JSONObject([("gen_ai.input.messages", "['The sky is blue.', 'Grass is green.']")]))
            ], scope: Self.scope, resource: Self.resource)
        #expect(span.kind == .embedding)
        #expect(span.input == ["The sky is blue.", "Grass is green."])
        #expect(span.parameters["encoding_format"] == ["float"])
        #expect(span.usage.totalTokens == 7)
    }

    @Test func errorWithNoOtherAttributes() {
        let span = SpanFactory.normalize(
            [], name: "chat bad-model", kind: .client,
            events: [
                SpanEvent(
                    name: "exception", time: SpanFactory.time(afterMs: 10),
                    attributes: JSONObject([
                        ("exception.type", "mistralai.models.sdkerror.SDKError"),
                        ("exception.message", "API error occurred: Status 400"),
                        ("exception.stacktrace", "Traceback …"), ("exception.escaped", "False"),
                    ]))
            ], status: .error, statusMessage: "SDKError: API error occurred: Status 400", scope: Self.scope,
            resource: Self.resource)
        #expect(span.status == .error)
        #expect(span.statusMessage == "SDKError: API error occurred: Status 400")
        #expect(span.events.only?.attributes["exception.stacktrace"] == "Traceback …")
        // Only the span name tells what the call was.
        #expect(span.kind == .llm)
        #expect(span.operation == "chat")
        #expect(span.requestModel == "bad-model")
        #expect(span.costUSD == nil)
    }

    @Test func operationDetailsEventFillsWhatTheSpanLacks() throws {
        let details = JSONObject([
            ("gen_ai.operation.name", "chat"), ("gen_ai.request.model", "mistral-small-latest"),
            (
                "gen_ai.input.messages",
                .array([.object(JSONObject([("role", "user"), ("parts", [["type": "text", "content": "Hi"]])]))])
            ),
            (
                "gen_ai.output.messages",
                .array([
                    .object(
                        JSONObject([
                            ("role", "assistant"), ("parts", [["type": "text", "content": "Hello"]]),
                            ("finish_reason", "stop"),
                        ]))
                ])
            ),
            ("gen_ai.tool.definitions", .array([["type": "function", "name": "get_weather"]])),
            ("gen_ai.usage.input_tokens", 3), ("gen_ai.usage.output_tokens", 2),
        ])
        let span = SpanFactory.normalize(
            [("gen_ai.operation.name", "chat"), ("gen_ai.input.messages", "[]")], name: "chat mistral-small-latest",
            events: [
                SpanEvent(
                    name: "gen_ai.client.inference.operation.details", time: SpanFactory.time(afterMs: 5),
                    attributes: details)
            ], scope: Self.scope)
        #expect(span.input?.messageTexts == ["user: Hi"])
        #expect(span.output?.messageTexts == ["assistant: Hello"])
        #expect(span.requestModel == "mistral-small-latest")
        #expect(span.usage == TokenUsage(inputTokens: 3, outputTokens: 2))
        #expect(span.toolDefinitions?[0]?["name"] == "get_weather")
        #expect(span.finishReasons == ["stop"])
    }
}
