/// A document to OCR, as the emulator sees it.
struct OCRDocument: Sendable {
    /// Whether the document is an image (one page) or a document (PDF, slides…).
    var isImage: Bool
    /// A display name: the document name, the file name, or the URL's last path component.
    var name: String
    /// The document's size in bytes.
    var sizeInBytes: Int
    /// The document's text, when it is an uploaded text file (its pages are then its text).
    var text: String?
}
