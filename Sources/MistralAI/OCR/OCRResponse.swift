/// The answer of `POST /v1/ocr`: the pages as Markdown, with images and tables.
public struct OCRResponse: Codable, Sendable, Hashable {
    /// The pages read.
    public var pages: [OCRPage]
    /// The model.
    public var model: String
    /// The document annotation (JSON text), when requested.
    public var documentAnnotation: String?
    /// Pages processed and document size.
    public var usageInfo: OCRUsageInfo?

    public init(pages: [OCRPage], model: String, documentAnnotation: String? = nil, usageInfo: OCRUsageInfo? = nil) {
        self.pages = pages
        self.model = model
        self.documentAnnotation = documentAnnotation
        self.usageInfo = usageInfo
    }

    /// All pages' Markdown, separated by blank lines.
    public var markdown: String {
        pages.sorted { $0.index < $1.index }.map(\.markdown).joined(separator: "\n\n")
    }

    enum CodingKeys: String, CodingKey {
        case pages, model
        case documentAnnotation = "document_annotation"
        case usageInfo = "usage_info"
    }
}

/// One page of an ``OCRResponse``.
public struct OCRPage: Codable, Sendable, Hashable {
    /// The page number, from 0.
    public var index: Int
    /// The page as Markdown.
    public var markdown: String
    /// The images found.
    public var images: [OCRImage]
    /// The tables found (when `table_format` was set).
    public var tables: [OCRTable]?
    /// Links found.
    public var hyperlinks: [String]?
    /// The page header, when extracted.
    public var header: String?
    /// The page footer, when extracted.
    public var footer: String?
    /// The page size.
    public var dimensions: OCRPageDimensions?

    public init(index: Int, markdown: String, images: [OCRImage] = [], dimensions: OCRPageDimensions? = nil) {
        self.index = index
        self.markdown = markdown
        self.images = images
        self.dimensions = dimensions
    }

    enum CodingKeys: String, CodingKey {
        case index, markdown, images, tables, hyperlinks, header, footer, dimensions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
        markdown = try container.decodeIfPresent(String.self, forKey: .markdown) ?? ""
        images = try container.decodeIfPresent([OCRImage].self, forKey: .images) ?? []
        tables = try container.decodeIfPresent([OCRTable].self, forKey: .tables)
        hyperlinks = try container.decodeIfPresent([String].self, forKey: .hyperlinks)
        header = try container.decodeIfPresent(String.self, forKey: .header)
        footer = try container.decodeIfPresent(String.self, forKey: .footer)
        dimensions = try container.decodeIfPresent(OCRPageDimensions.self, forKey: .dimensions)
    }
}

/// An image found on a page, with its bounding box.
public struct OCRImage: Codable, Sendable, Hashable {
    /// The image id, referenced from the Markdown.
    public var id: String
    /// Left edge, in pixels.
    public var topLeftX: Int?
    /// Top edge, in pixels.
    public var topLeftY: Int?
    /// Right edge, in pixels.
    public var bottomRightX: Int?
    /// Bottom edge, in pixels.
    public var bottomRightY: Int?
    /// The image as base64, when requested.
    public var imageBase64: String?
    /// The image annotation (JSON text), when requested.
    public var imageAnnotation: String?

    public init(
        id: String, topLeftX: Int? = nil, topLeftY: Int? = nil, bottomRightX: Int? = nil, bottomRightY: Int? = nil
    ) {
        self.id = id
        self.topLeftX = topLeftX
        self.topLeftY = topLeftY
        self.bottomRightX = bottomRightX
        self.bottomRightY = bottomRightY
    }

    enum CodingKeys: String, CodingKey {
        case id
        case topLeftX = "top_left_x"
        case topLeftY = "top_left_y"
        case bottomRightX = "bottom_right_x"
        case bottomRightY = "bottom_right_y"
        case imageBase64 = "image_base64"
        case imageAnnotation = "image_annotation"
    }
}

/// A table found on a page.
public struct OCRTable: Codable, Sendable, Hashable {
    /// The table id, referenced from the Markdown.
    public var id: String
    /// The table in ``format``.
    public var content: String
    /// `markdown` or `html`.
    public var format: String?

    public init(id: String, content: String, format: String? = nil) {
        self.id = id
        self.content = content
        self.format = format
    }

    enum CodingKeys: String, CodingKey {
        case id, content, format
    }
}

/// The size of a page.
public struct OCRPageDimensions: Codable, Sendable, Hashable {
    /// Dots per inch.
    public var dpi: Int?
    /// Height in pixels.
    public var height: Int?
    /// Width in pixels.
    public var width: Int?

    public init(dpi: Int?, height: Int?, width: Int?) {
        self.dpi = dpi
        self.height = height
        self.width = width
    }

    enum CodingKeys: String, CodingKey {
        case dpi, height, width
    }
}

/// The usage of an OCR request.
public struct OCRUsageInfo: Codable, Sendable, Hashable {
    /// Pages processed.
    public var pagesProcessed: Int
    /// The document's size in bytes.
    public var docSizeBytes: Int?

    public init(pagesProcessed: Int, docSizeBytes: Int? = nil) {
        self.pagesProcessed = pagesProcessed
        self.docSizeBytes = docSizeBytes
    }

    enum CodingKeys: String, CodingKey {
        case pagesProcessed = "pages_processed"
        case docSizeBytes = "doc_size_bytes"
    }
}
