import OrderedJSON
import WindsockModel

extension SpanBuilder {
    /// Settles what the conventions left open: the kind, the status and its message, token totals, the cost (from
    /// the price table when the span carries none), the system instructions, and the finish reasons.
    mutating func finish(prices: PriceTable) -> Span {
        if kind == nil, isFromOpenLIT { applySpanNameConvention() }
        if kind == nil, span.requestModel != nil || span.responseModel != nil,
            inputTokens != nil || outputTokens != nil || totalTokens != nil
        {
            kind = .llm  // a model and its token usage, with no convention's kind: a model call
        }
        span.kind = kind ?? .span
        if span.kind == .embedding, totalTokens == nil, outputTokens == nil {
            totalTokens = inputTokens  // embeddings generate no tokens
        }
        // Foreign spans are untrusted: counts out of range and costs or times that are not finite and positive
        // are dropped (unknown), never stored to break totals, sums and JSON later.
        let plausible = TokenUsage.plausibleCount
        span.usage = TokenUsage(
            inputTokens: inputTokens.flatMap { plausible.contains($0) ? $0 : nil },
            outputTokens: outputTokens.flatMap { plausible.contains($0) ? $0 : nil },
            totalTokens: totalTokens.flatMap { plausible.contains($0) ? $0 : nil })
        span.costUSD = span.costUSD.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        if isFromOpenLIT, span.costUSD == 0, (span.usage.inputTokens ?? 0) + (span.usage.outputTokens ?? 0) > 0 {
            span.costUSD = nil  // OpenLIT reports 0 when it has no price for the model: unknown, not free
        }
        span.timeToFirstTokenMs = span.timeToFirstTokenMs.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        if span.provider == nil, span.kind == .llm || span.kind == .embedding,
            origin.scopeName?.lowercased().contains("mistral") == true
        {
            span.provider = "mistral_ai"
        }

        switch raw.statusCode {
        case .error:
            span.status = .error
            span.statusMessage =
                raw.statusMessage.isEmpty ? attributeErrorMessage ?? exceptionMessage : raw.statusMessage
        case .ok:
            span.status = .ok
        case .unset:
            span.status = attributeError ? .error : .ok
            if attributeError { span.statusMessage = attributeErrorMessage ?? exceptionMessage }
        }

        if span.kind == .llm {
            if systemInstructions != nil {
                let messages = span.input?.arrayValue ?? []
                if span.input == nil || !messages.isEmpty {
                    span.input = .array(ChatMessages.prependingSystem(systemInstructions, to: messages))
                }
            }
            if span.finishReasons.isEmpty, let output = span.output?.arrayValue {
                span.finishReasons = output.compactMap { $0["finish_reason"]?.stringValue }
            }
            if span.parameters["stream"] == nil, let streaming, streaming { span.parameters["stream"] = .bool(true) }
        }

        if span.costUSD == nil, span.kind == .llm || span.kind == .embedding, !span.usage.isEmpty {
            span.costUSD =
                span.responseModel.flatMap { prices.cost(model: $0, usage: span.usage) }
                ?? span.requestModel.flatMap { prices.cost(model: $0, usage: span.usage) }
        }
        return span
    }

    /// GenAI spans are named `{operation} {model}`; OpenLIT's failed calls carry nothing else.
    private mutating func applySpanNameConvention() {
        let words = span.name.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let kind = SpanKinds.fromOperation(String(words[0])) else { return }
        self.kind = kind
        Self.fill(&span.operation, String(words[0]))
        Self.fill(&span.requestModel, String(words[1]))
    }
}
