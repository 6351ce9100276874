/// A request to `POST /v1/ocr`: a document or image to read.
public struct OCRRequest: Codable, Sendable, Hashable {
    /// The model id, e.g. `mistral-ocr-latest`.
    public var model: String
    /// The document.
    public var document: OCRDocument
    /// The pages to read (from 0); all when `nil`.
    public var pages: [Int]?
    /// Whether to return the extracted images as base64.
    public var includeImageBase64: Bool?
    /// The most images to extract.
    public var imageLimit: Int?
    /// The smallest image (in pixels) to extract.
    public var imageMinSize: Int?
    /// How to write tables: `markdown` or `html`.
    public var tableFormat: String?
    /// Whether to extract page headers.
    public var extractHeader: Bool?
    /// Whether to extract page footers.
    public var extractFooter: Bool?
    /// A format for annotating each extracted image.
    public var bboxAnnotationFormat: ResponseFormat?
    /// A format for annotating the whole document.
    public var documentAnnotationFormat: ResponseFormat?
    /// Instructions for the document annotation.
    public var documentAnnotationPrompt: String?

    public init(
        model: String,
        document: OCRDocument,
        pages: [Int]? = nil,
        includeImageBase64: Bool? = nil,
        imageLimit: Int? = nil,
        imageMinSize: Int? = nil,
        tableFormat: String? = nil,
        extractHeader: Bool? = nil,
        extractFooter: Bool? = nil,
        bboxAnnotationFormat: ResponseFormat? = nil,
        documentAnnotationFormat: ResponseFormat? = nil,
        documentAnnotationPrompt: String? = nil
    ) {
        self.model = model
        self.document = document
        self.pages = pages
        self.includeImageBase64 = includeImageBase64
        self.imageLimit = imageLimit
        self.imageMinSize = imageMinSize
        self.tableFormat = tableFormat
        self.extractHeader = extractHeader
        self.extractFooter = extractFooter
        self.bboxAnnotationFormat = bboxAnnotationFormat
        self.documentAnnotationFormat = documentAnnotationFormat
        self.documentAnnotationPrompt = documentAnnotationPrompt
    }

    enum CodingKeys: String, CodingKey {
        case model, document, pages
        case includeImageBase64 = "include_image_base64"
        case imageLimit = "image_limit"
        case imageMinSize = "image_min_size"
        case tableFormat = "table_format"
        case extractHeader = "extract_header"
        case extractFooter = "extract_footer"
        case bboxAnnotationFormat = "bbox_annotation_format"
        case documentAnnotationFormat = "document_annotation_format"
        case documentAnnotationPrompt = "document_annotation_prompt"
    }
}

/// The document of an ``OCRRequest``: a document URL, an image URL, or an uploaded file.
public enum OCRDocument: Sendable, Hashable {
    /// `{"type":"document_url","document_url":…}` (a PDF, …; `data:` URIs work too).
    case documentURL(String, name: String? = nil)
    /// `{"type":"image_url","image_url":…}`.
    case imageURL(String)
    /// `{"type":"file","file_id":…}`: a file uploaded with purpose `ocr`.
    case file(id: String)
}

extension OCRDocument: Codable {
    public init(from decoder: any Decoder) throws {
        switch try ContentChunk(from: decoder) {
        case .documentURL(let document): self = .documentURL(document.url, name: document.name)
        case .imageURL(let image): self = .imageURL(image.url)
        case .file(let fileID): self = .file(id: fileID)
        default:
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Not an OCR document")
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        let chunk: ContentChunk
        switch self {
        case .documentURL(let url, let name): chunk = .documentURL(DocumentURL(url: url, name: name))
        case .imageURL(let url): chunk = .imageURL(ImageURL(url: url))
        case .file(let id): chunk = .file(fileID: id)
        }
        try chunk.encode(to: encoder)
    }
}
