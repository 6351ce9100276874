import MistralAI
import Tracing

/// Adds what the client cannot know to model spans: the cost in US dollars, from a price table.
struct SpanEnrichment: Sendable {
    /// The cost of a model call, `nil` when unknown.
    var cost: @Sendable (_ model: String, _ inputTokens: Int?, _ outputTokens: Int?) -> Double?

    func enrich(_ span: inout RecordedSpan) {
        guard span.attributes.get(WindsockAttributes.costUSD) == nil, let model = span.model else { return }
        let usage = span.usage
        guard usage.inputTokens != nil || usage.outputTokens != nil,
            let cost = cost(model, usage.inputTokens, usage.outputTokens)
        else { return }
        span.attributes.set(WindsockAttributes.costUSD, value: .double(cost))
    }
}
