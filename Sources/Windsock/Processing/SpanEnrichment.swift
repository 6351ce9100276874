import MistralAI
import Tracing
import WindsockModel

/// Adds what the client cannot know to model spans: the cost in US dollars, from a price table.
///
/// Tokens are priced by the answering model (else the requested one); OCR by pages. An unknown model leaves the
/// cost unknown (no attribute), never 0.
struct SpanEnrichment: Sendable {
    var prices: PriceTable

    func enrich(_ span: inout RecordedSpan) {
        guard span.attributes.get(WindsockAttributes.costUSD) == nil, let model = span.model else { return }
        let cost: Double?
        if let pages = span.attributes.integer(WindsockAttributes.ocrPages) {
            cost = prices.cost(model: model, pages: pages)
        } else {
            let usage = span.usage
            guard usage.inputTokens != nil || usage.outputTokens != nil else { return }
            cost = prices.cost(model: model, usage: usage)
        }
        guard let cost else { return }
        span.attributes.set(WindsockAttributes.costUSD, value: .double(cost))
    }
}
