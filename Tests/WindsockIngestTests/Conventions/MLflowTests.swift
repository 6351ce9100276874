import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// MLflow tracing, default mode (every attribute JSON-encoded) and GenAI-semconv mode, as ATTRIBUTES.md lists.
@Suite("Conventions: MLflow")
struct MLflowTests {
    private static let scope = "mlflow.tracing.provider"
    private static let resource: [(String, JSONValue)] = [("telemetry.sdk.name", "mlflow")]

    @Test func defaultModeChatIsUnquoted() throws {
        let inputs =
            "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"system\", \"content\": \"You are a concise assistant.\"}, {\"role\": \"user\", \"content\": \"What is the capital of France?\"}], \"temperature\": 0.2, \"max_tokens\": 64, \"top_p\": 0.9}"
        let outputs =
            "{\"id\": \"33322170a71ab2339d31f88bf57\", \"object\": \"chat.completion\", \"model\": \"mistral-small-latest\", \"usage\": {\"prompt_tokens\": 17, \"completion_tokens\": 6, \"total_tokens\": 23}, \"created\": 1795357811, \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": \"The capital of France is Paris.\", \"tool_calls\": null}, \"finish_reason\": \"stop\"}]}"
        let span = SpanFactory.normalize(
            [
                ("mlflow.traceRequestId", "\"tr-abce5a965789fc051d44686ae82b5546\""),
                ("mlflow.spanType", "\"CHAT_MODEL\""), ("mlflow.spanInputs", .string(inputs)),
                ("mlflow.message.format", "\"mistral\""), ("mlflow.llm.model", "\"mistral-small-latest\""),
                ("mlflow.chat.tokenUsage", "{\"input_tokens\": 17, \"output_tokens\": 6, \"total_tokens\": 23}"),
                ("mlflow.spanOutputs", .string(outputs)), ("mlflow.spanLogLevel", "20"),
                ("mlflow.trace.user", "\"alice\""), ("mlflow.trace.session", "\"session-7\""),
            ], name: "Chat.complete", status: .ok, scope: Self.scope, resource: Self.resource)
        #expect(span.kind == .llm)
        #expect(span.operation == "chat")
        #expect(span.provider == "mistral_ai")
        #expect(span.requestModel == "mistral-small-latest")
        #expect(span.responseModel == "mistral-small-latest")
        #expect(span.responseID == "33322170a71ab2339d31f88bf57")
        #expect(span.usage == CapitalOfFrance.usage)
        #expect(
            span.input?.messageTexts == [
                "system: You are a concise assistant.", "user: What is the capital of France?",
            ])
        #expect(span.output?.messageTexts == CapitalOfFrance.output)
        #expect(span.finishReasons == ["stop"])
        #expect(span.parameters == JSONObject([("temperature", 0.2), ("max_tokens", 64), ("top_p", 0.9)]))
        #expect(span.userID == "alice")
        #expect(span.sessionID == "session-7")
        #expect(span.attributes["mlflow.spanType"] == "\"CHAT_MODEL\"")
    }

    @Test func defaultModeToolCall() throws {
        let outputs =
            "{\"id\": \"da9e\", \"model\": \"mistral-small-latest\", \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": \"\", \"tool_calls\": [{\"id\": \"abc123\", \"type\": \"function\", \"function\": {\"name\": \"get_weather\", \"arguments\": \"{\\\"location\\\": \\\"Paris\\\"}\"}}]}, \"finish_reason\": \"tool_calls\"}]}"
        let span = SpanFactory.normalize(
            [
                ("mlflow.spanType", "\"CHAT_MODEL\""),
                (
                    "mlflow.spanInputs",
                    "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\", \"content\": \"Weather?\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"get_weather\"}}], \"tool_choice\": \"auto\"}"
                ),
                ("mlflow.chat.tools", "[{\"type\": \"function\", \"function\": {\"name\": \"get_weather\"}}]"),
                ("mlflow.spanOutputs", .string(outputs)),
            ], name: "Chat.complete", scope: Self.scope)
        let call = try #require(span.output?.toolCalls.only)
        #expect(
            call
                == JSONObject([
                    ("type", "tool_call"), ("id", "abc123"), ("name", "get_weather"),
                    ("arguments", ["location": "Paris"]),
                ]))
        #expect(span.toolDefinitions?[0]?["function"]?["name"] == "get_weather")
        #expect(span.parameters == JSONObject([("tool_choice", "auto")]))
        #expect(span.finishReasons == ["tool_calls"])
    }

    @Test func defaultModeErrorAndParentSpan() {
        let failed = SpanFactory.normalize(
            [
                ("mlflow.spanType", "\"CHAT_MODEL\""), ("mlflow.llm.model", "\"bad-model\""),
                (
                    "mlflow.spanInputs",
                    "{\"model\": \"bad-model\", \"messages\": [{\"role\": \"user\", \"content\": \"This call fails.\"}]}"
                ),
                ("mlflow.spanLogLevel", "40"),
            ], name: "Chat.complete", status: .error, statusMessage: "SDKError: API error occurred: Status 400",
            scope: Self.scope)
        #expect(failed.status == .error)
        #expect(failed.statusMessage == "SDKError: API error occurred: Status 400")
        #expect(failed.requestModel == "bad-model")
        #expect(failed.costUSD == nil)
        let parent = SpanFactory.normalize(
            [
                ("mlflow.spanType", "\"CHAIN\""), ("mlflow.spanInputs", "{\"question\": \"Why is the sky blue?\"}"),
                ("mlflow.spanOutputs", "\"Le ciel est bleu.\""),
            ], name: "app.pipeline", scope: Self.scope)
        #expect(parent.kind == .chain)
        #expect(parent.input == ["question": "Why is the sky blue?"])
        #expect(parent.output == "Le ciel est bleu.")
    }

    @Test func genAISemconvMode() throws {
        let span = SpanFactory.normalize(
            [
                ("gen_ai.operation.name", "chat"), ("gen_ai.request.model", "mistral-small-latest"),
                ("gen_ai.usage.input_tokens", 17), ("gen_ai.usage.output_tokens", 6),
                (
                    "gen_ai.input.messages",
                    "[{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"content\": \"What is the capital of France?\"}]}]"
                ),
                ("gen_ai.system_instructions", "[{\"type\": \"text\", \"content\": \"You are a concise assistant.\"}]"),
                ("gen_ai.request.temperature", 0.2), ("gen_ai.request.max_tokens", 64), ("gen_ai.request.top_p", 0.9),
                (
                    "gen_ai.output.messages",
                    "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"text\", \"content\": \"Paris.\"}], \"finish_reason\": \"stop\"}]"
                ),
                ("gen_ai.response.id", "c05994e286b3605e2f9f01b5066b3f5c"),
                ("gen_ai.response.model", "mistral-small-latest"), ("gen_ai.response.finish_reasons", ["stop"]),
            ], name: "chat mistral-small-latest", kind: .client, scope: Self.scope, resource: Self.resource)
        #expect(span.kind == .llm)
        #expect(
            span.input?.messageTexts == [
                "system: You are a concise assistant.", "user: What is the capital of France?",
            ])
        #expect(span.output?.messageTexts == ["assistant: Paris."])
        #expect(span.parameters == JSONObject([("temperature", 0.2), ("max_tokens", 64), ("top_p", 0.9)]))
        #expect(span.usage.totalTokens == 23)
        let chain = SpanFactory.normalize([("gen_ai.operation.name", "CHAIN")], name: "CHAIN", scope: Self.scope)
        #expect(chain.kind == .chain)
    }

    @Test func genAISemconvToolArgumentsAsObject() throws {
        let span = SpanFactory.normalize(
            [
                ("gen_ai.operation.name", "chat"),
                (
                    "gen_ai.output.messages",
                    "[{\"role\": \"assistant\", \"parts\": [{\"type\": \"tool_call\", \"id\": \"x1\", \"name\": \"get_weather\", \"arguments\": {\"location\": \"Paris\"}}], \"finish_reason\": \"tool_calls\"}]"
                ),
                ("gen_ai.tool.definitions", "[{\"type\": \"function\", \"name\": \"get_weather\"}]"),
            ], scope: Self.scope)
        #expect(span.output?.toolCalls.only?["arguments"] == ["location": "Paris"])
        #expect(span.toolDefinitions?[0]?["name"] == "get_weather")
    }
}
