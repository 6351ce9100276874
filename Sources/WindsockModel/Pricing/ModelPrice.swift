/// What one model costs, in US dollars.
///
/// Chat, completion and embedding models are billed per million tokens; OCR models per page.
public struct ModelPrice: Hashable, Sendable {
    /// USD per million input (prompt) tokens.
    public var inputPerMillionTokens: Double
    /// USD per million output (generated) tokens.
    public var outputPerMillionTokens: Double
    /// USD per processed page, for models billed by the page (OCR); `nil` for token-billed models.
    public var perPage: Double?

    /// A token-billed price.
    public init(inputPerMillionTokens: Double, outputPerMillionTokens: Double) {
        self.inputPerMillionTokens = inputPerMillionTokens
        self.outputPerMillionTokens = outputPerMillionTokens
        self.perPage = nil
    }

    /// A page-billed price (OCR). Tokens cost nothing extra.
    public init(perPage: Double) {
        self.inputPerMillionTokens = 0
        self.outputPerMillionTokens = 0
        self.perPage = perPage
    }

    /// The cost of `usage`; `nil` for page-billed models (tokens do not tell the pages) or when no token
    /// count is known.
    public func cost(of usage: TokenUsage) -> Double? {
        guard perPage == nil else { return nil }
        switch (usage.inputTokens, usage.outputTokens) {
        case (nil, nil):
            // Only a total: embeddings report prompt tokens alone, and output is priced like input there.
            guard let total = usage.totalTokens, inputPerMillionTokens == outputPerMillionTokens else { return nil }
            return Double(total) * inputPerMillionTokens / 1_000_000
        case (let input, let output):
            return (Double(input ?? 0) * inputPerMillionTokens + Double(output ?? 0) * outputPerMillionTokens)
                / 1_000_000
        }
    }
}
