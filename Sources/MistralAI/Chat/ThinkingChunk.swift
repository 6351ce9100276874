/// The model's reasoning: `{"type":"thinking","thinking":[…],"signature":…,"closed":…}`.
public struct ThinkingChunk: Codable, Sendable, Hashable {
    /// The reasoning, usually `text` chunks.
    public var thinking: [ContentChunk]
    /// An opaque signature of the reasoning.
    public var signature: String?
    /// Whether the reasoning is complete.
    public var closed: Bool?

    public init(thinking: [ContentChunk], signature: String? = nil, closed: Bool? = nil) {
        self.thinking = thinking
        self.signature = signature
        self.closed = closed
    }

    /// The reasoning text.
    public var text: String {
        thinking.compactMap(\.text).joined()
    }

    enum CodingKeys: String, CodingKey {
        case thinking, signature, closed
    }
}
