/// Token counts of a model call, or totals over a trace. `nil` means unknown, never zero.
public struct TokenUsage: Hashable, Sendable {
    /// Tokens of the prompt.
    public var inputTokens: Int?
    /// Tokens generated.
    public var outputTokens: Int?
    /// Total tokens as reported, or input + output when only those are known.
    public var totalTokens: Int?

    /// The counts one model call can plausibly report: ingest drops counts outside it (a span that claims
    /// `Int.max` tokens would otherwise overflow every total it is added to).
    public static let plausibleCount: ClosedRange<Int> = 0...10_000_000_000

    /// Creates a usage; `totalTokens` defaults to the sum when both parts are known (and the sum fits).
    public init(inputTokens: Int? = nil, outputTokens: Int? = nil, totalTokens: Int? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens =
            totalTokens
            ?? inputTokens.flatMap { input in
                outputTokens.flatMap { output in
                    let (sum, overflow) = input.addingReportingOverflow(output)
                    return overflow ? nil : sum
                }
            }
    }

    /// Whether no count is known.
    public var isEmpty: Bool {
        inputTokens == nil && outputTokens == nil && totalTokens == nil
    }
}
