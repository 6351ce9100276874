import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// Langfuse's OpenTelemetry attributes (`langfuse.observation.*`, `langfuse.trace.*`).
@Suite("Conventions: Langfuse")
struct LangfuseTests {
    @Test func generationWithUsageCostParametersAndPrompt() throws {
        let span = SpanFactory.normalize(
            [
                ("langfuse.observation.type", "generation"),
                ("langfuse.observation.model.name", "mistral-small-latest"),
                ("langfuse.observation.model.parameters", "{\"temperature\": 0.4, \"max_tokens\": 100}"),
                ("langfuse.observation.usage_details", "{\"input\": 11, \"output\": 4, \"total\": 15}"),
                ("langfuse.observation.cost_details", "{\"input\": 0.0000011, \"output\": 0.0000012}"),
                ("langfuse.observation.prompt.name", "capital-question"), ("langfuse.observation.prompt.version", 3),
                ("langfuse.observation.input", "[{\"role\": \"user\", \"content\": \"Capital of France?\"}]"),
                ("langfuse.observation.output", "{\"role\": \"assistant\", \"content\": \"Paris.\"}"),
                ("langfuse.observation.metadata.team", "geo"),
                ("langfuse.observation.completion_start_time", "\"2026-11-22T14:30:11.250000Z\""),
                ("langfuse.trace.name", "capital-flow"), ("user.id", "user-42"), ("session.id", "s-1"),
                ("langfuse.trace.tags", ["geo", "demo"]), ("langfuse.trace.metadata", "{\"release\": \"1.2\"}"),
            ], name: "generate")
        #expect(span.kind == .llm)
        #expect(span.requestModel == "mistral-small-latest")
        #expect(span.parameters == JSONObject([("temperature", 0.4), ("max_tokens", 100)]))
        #expect(span.usage == TokenUsage(inputTokens: 11, outputTokens: 4, totalTokens: 15))
        #expect(abs((span.costUSD ?? 0) - 0.0000023) < 1e-12)
        #expect(span.prompt == PromptReference(name: "capital-question", version: "3"))
        #expect(span.input?.messageTexts == ["user: Capital of France?"])
        #expect(span.output?.messageTexts == ["assistant: Paris."])
        #expect(span.traceName == "capital-flow")
        #expect(span.userID == "user-42")
        #expect(span.sessionID == "s-1")
        #expect(span.tags == ["geo", "demo"])
        #expect(span.metadata == JSONObject([("team", "geo"), ("release", "1.2")]))
        // 2026-11-22T14:30:11.250Z is 250 ms after the span's start (1795357811 s).
        #expect(abs((span.timeToFirstTokenMs ?? 0) - 250) < 0.001)
    }

    @Test func spanEventAndErrorLevel() {
        let span = SpanFactory.normalize(
            [
                ("langfuse.observation.type", "span"), ("langfuse.observation.input", "{\"query\": \"x\"}"),
                ("langfuse.observation.output", "plain text result"), ("langfuse.observation.level", "ERROR"),
                ("langfuse.observation.status_message", "retrieval timed out"),
                ("langfuse.user.id", "u-1"), ("langfuse.session.id", "sess-9"),
            ], name: "retrieve")
        #expect(span.kind == .span)
        #expect(span.input == ["query": "x"])
        #expect(span.output == "plain text result")
        #expect(span.status == .error)
        #expect(span.statusMessage == "retrieval timed out")
        #expect(span.userID == "u-1")
        #expect(span.sessionID == "sess-9")
        let event = SpanFactory.normalize([("langfuse.observation.type", "event")], name: "clicked")
        #expect(event.kind == .event)
    }

    @Test func costDetailsTotalWinsOverThePriceTable() {
        let span = SpanFactory.normalize([
            ("langfuse.observation.type", "generation"), ("langfuse.observation.model.name", "mistral-large-latest"),
            ("langfuse.observation.usage_details", "{\"prompt_tokens\": 1000, \"completion_tokens\": 1000}"),
            ("langfuse.observation.cost_details", "{\"total\": 0.5}"),
        ])
        #expect(span.costUSD == 0.5)
        #expect(span.usage.totalTokens == 2000)
    }
}
