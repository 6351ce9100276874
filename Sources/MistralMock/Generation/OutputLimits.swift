/// Applies `stop` sequences and `max_tokens` to a generated text.
enum OutputLimits {
    /// The text cut at the first stop sequence, then at `maxTokens` tokens, with its tokens and finish reason.
    static func apply(to text: String, maxTokens: Int?, stop: [String]) -> (
        content: String, tokens: [String], finishReason: String
    ) {
        var content = text
        if let cut = stop.compactMap({ content.firstRange(of: $0)?.lowerBound }).min() {
            content = String(content[..<cut])
        }
        var tokens = Tokenizer.tokens(content)
        if let maxTokens, tokens.count > maxTokens {
            tokens = Array(tokens.prefix(maxTokens))
            return (tokens.joined(), tokens, "length")
        }
        return (content, tokens, "stop")
    }
}
