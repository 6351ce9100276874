import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// Values in foreign spans are untrusted: ones that would overflow totals or break JSON are dropped, not stored.
@Suite("Normalisation: untrusted values")
struct UntrustedValueTests {
    @Test("token counts out of range are unknown, and a sum that would overflow is not made")
    func implausibleTokens() {
        let span = SpanFactory.normalize([
            ("gen_ai.operation.name", "chat"), ("gen_ai.request.model", "mistral-small-latest"),
            ("gen_ai.usage.input_tokens", .int(Int.max)), ("gen_ai.usage.output_tokens", .int(12)),
        ])
        #expect(span.usage.inputTokens == nil)
        #expect(span.usage.outputTokens == 12)
        #expect(span.usage.totalTokens == nil)
        let negative = SpanFactory.normalize([
            ("gen_ai.operation.name", "chat"), ("gen_ai.usage.input_tokens", .int(-5)),
            ("gen_ai.usage.output_tokens", .int(7)),
        ])
        #expect(negative.usage.inputTokens == nil && negative.usage.outputTokens == 7)
        #expect(TokenUsage(inputTokens: .max, outputTokens: 1).totalTokens == nil)
        #expect(TokenUsage(inputTokens: 3, outputTokens: 4).totalTokens == 7)
    }

    @Test("costs and times to first token that are not finite and positive are unknown")
    func nonFiniteNumbers() {
        for text in ["nan", "inf", "-1", "-inf"] {
            let span = SpanFactory.normalize([
                ("gen_ai.operation.name", "chat"), ("gen_ai.usage.cost", .string(text)),
                ("windsock.time_to_first_token_ms", .string(text)),
            ])
            #expect(span.costUSD == nil, "cost \(text)")
            #expect(span.timeToFirstTokenMs == nil, "time to first token \(text)")
        }
        let span = SpanFactory.normalize([("gen_ai.operation.name", "chat"), ("gen_ai.usage.cost", .double(0.25))])
        #expect(span.costUSD == 0.25)
    }
}
