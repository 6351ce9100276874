import MistralAI

/// A document a retriever returned, recorded on a retriever span.
public struct RetrievedDocument: Sendable, Hashable, Encodable {
    /// The document's id.
    public var id: String?
    /// Its text (dropped with the rest of the content when content capture is off).
    public var content: String
    /// Its relevance score.
    public var score: Double?
    /// Anything else about it (source, page, …).
    public var metadata: [String: JSONValue]

    /// Creates a document.
    public init(id: String? = nil, content: String, score: Double? = nil, metadata: [String: JSONValue] = [:]) {
        self.id = id
        self.content = content
        self.score = score
        self.metadata = metadata
    }
}
