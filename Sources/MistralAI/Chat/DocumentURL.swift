/// The document of a `document_url` chunk.
public struct DocumentURL: Sendable, Hashable {
    /// The document's URL.
    public var url: String
    /// A name for the document.
    public var name: String?

    public init(url: String, name: String? = nil) {
        self.url = url
        self.name = name
    }
}
