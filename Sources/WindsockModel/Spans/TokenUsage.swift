/// Token counts of a model call, or totals over a trace. `nil` means unknown, never zero.
public struct TokenUsage: Hashable, Sendable {
    /// Tokens of the prompt.
    public var inputTokens: Int?
    /// Tokens generated.
    public var outputTokens: Int?
    /// Total tokens as reported, or input + output when only those are known.
    public var totalTokens: Int?

    /// Creates a usage; `totalTokens` defaults to the sum when both parts are known.
    public init(inputTokens: Int? = nil, outputTokens: Int? = nil, totalTokens: Int? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens =
            totalTokens ?? inputTokens.flatMap { input in outputTokens.map { input + $0 } }
    }

    /// Whether no count is known.
    public var isEmpty: Bool {
        inputTokens == nil && outputTokens == nil && totalTokens == nil
    }
}
