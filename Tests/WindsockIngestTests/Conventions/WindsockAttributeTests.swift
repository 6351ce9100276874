import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// Windsock's own `windsock.*` attributes win over every other convention.
@Suite("Conventions: windsock.*")
struct WindsockAttributeTests {
    @Test func everyAttribute() {
        let span = SpanFactory.normalize([
            (WindsockAttribute.spanKind, "agent"), (WindsockAttribute.costUSD, 0.25),
            (WindsockAttribute.timeToFirstTokenMs, 120.5), (WindsockAttribute.traceName, "support-bot"),
            (WindsockAttribute.userID, "user-1"), (WindsockAttribute.sessionID, "session-1"),
            (WindsockAttribute.tags, ["prod", "beta"]), (WindsockAttribute.promptName, "greeting"),
            (WindsockAttribute.promptVersion, "7"), (WindsockAttribute.promptTemplate, "Hello {name}"),
            (WindsockAttribute.promptVariables, "{\"name\": \"Ada\"}"), (WindsockAttribute.input, "{\"q\": 1}"),
            (WindsockAttribute.output, "done"), (WindsockAttribute.metadata, "{\"region\": \"eu\"}"),
            ("gen_ai.operation.name", "chat"), ("gen_ai.usage.cost", 9.0), ("user.id", "someone-else"),
            ("tag.tags", ["beta", "extra"]),
        ])
        #expect(span.kind == .agent)
        #expect(span.costUSD == 0.25)
        #expect(span.timeToFirstTokenMs == 120.5)
        #expect(span.traceName == "support-bot")
        #expect(span.userID == "user-1")
        #expect(span.sessionID == "session-1")
        #expect(span.tags == ["prod", "beta", "extra"])
        #expect(
            span.prompt
                == PromptReference(
                    name: "greeting", version: "7", template: "Hello {name}", variables: JSONObject([("name", "Ada")])))
        #expect(span.input == ["q": 1])
        #expect(span.output == "done")
        #expect(span.metadata == JSONObject([("region", "eu")]))
    }

    @Test func costFromThePriceTableOnlyForModelCalls() {
        let llm = SpanFactory.normalize([
            ("gen_ai.operation.name", "chat"), ("gen_ai.request.model", "mistral-large-latest"),
            ("gen_ai.usage.input_tokens", 1_000_000), ("gen_ai.usage.output_tokens", 1_000_000),
        ])
        #expect(llm.costUSD == 2.0)
        let unknown = SpanFactory.normalize([
            ("gen_ai.operation.name", "chat"), ("gen_ai.request.model", "my-private-model"),
            ("gen_ai.usage.input_tokens", 10), ("gen_ai.usage.output_tokens", 10),
        ])
        #expect(unknown.costUSD == nil)
        let noPrices = SpanFactory.normalize(
            [
                ("gen_ai.operation.name", "chat"), ("gen_ai.request.model", "mistral-large-latest"),
                ("gen_ai.usage.input_tokens", 10),
            ], prices: .empty)
        #expect(noPrices.costUSD == nil)
    }
}
