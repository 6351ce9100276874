/// A file stored by Mistral (fine-tuning data, batch input and output, OCR documents).
public struct MistralFile: Codable, Sendable, Hashable {
    /// The id (a UUID).
    public var id: String
    /// `file`.
    public var object: String?
    /// The size in bytes.
    public var bytes: Int
    /// Upload time, Unix seconds.
    public var createdAt: Int
    /// The file name.
    public var filename: String
    /// What the file is for.
    public var purpose: FilePurpose
    /// What the file contains.
    public var sampleType: FileSampleType?
    /// Lines in the file (JSONL files).
    public var numLines: Int?
    /// The MIME type.
    public var mimetype: String?
    /// Where the file comes from.
    public var source: FileSource?
    /// A content signature.
    public var signature: String?
    /// Expiry time, Unix seconds.
    public var expiresAt: Int?
    /// Who can see the file.
    public var visibility: String?
    /// Whether it was deleted.
    public var deleted: Bool?

    public init(id: String, bytes: Int, createdAt: Int, filename: String, purpose: FilePurpose) {
        self.id = id
        self.object = "file"
        self.bytes = bytes
        self.createdAt = createdAt
        self.filename = filename
        self.purpose = purpose
    }

    enum CodingKeys: String, CodingKey {
        case id, object, bytes
        case createdAt = "created_at"
        case filename, purpose
        case sampleType = "sample_type"
        case numLines = "num_lines"
        case mimetype, source, signature
        case expiresAt = "expires_at"
        case visibility, deleted
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        bytes = try container.decodeIfPresent(Int.self, forKey: .bytes) ?? 0
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt) ?? 0
        filename = try container.decodeIfPresent(String.self, forKey: .filename) ?? ""
        purpose = try container.decodeIfPresent(FilePurpose.self, forKey: .purpose) ?? .unknown("")
        sampleType = try container.decodeIfPresent(FileSampleType.self, forKey: .sampleType)
        numLines = try container.decodeIfPresent(Int.self, forKey: .numLines)
        mimetype = try container.decodeIfPresent(String.self, forKey: .mimetype)
        source = try container.decodeIfPresent(FileSource.self, forKey: .source)
        signature = try container.decodeIfPresent(String.self, forKey: .signature)
        expiresAt = try container.decodeIfPresent(Int.self, forKey: .expiresAt)
        visibility = try container.decodeIfPresent(String.self, forKey: .visibility)
        deleted = try container.decodeIfPresent(Bool.self, forKey: .deleted)
    }
}

/// What a file is for.
public enum FilePurpose: MistralOpenEnum {
    case fineTune
    case batch
    case ocr
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [FilePurpose] = [.fineTune, .batch, .ocr]

    public var rawValue: String {
        switch self {
        case .fineTune: "fine-tune"
        case .batch: "batch"
        case .ocr: "ocr"
        case .unknown(let value): value
        }
    }
}

/// What a file contains.
public enum FileSampleType: MistralOpenEnum {
    case pretrain
    case instruct
    case batchRequest
    case batchResult
    case batchError
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [FileSampleType] = [.pretrain, .instruct, .batchRequest, .batchResult, .batchError]

    public var rawValue: String {
        switch self {
        case .pretrain: "pretrain"
        case .instruct: "instruct"
        case .batchRequest: "batch_request"
        case .batchResult: "batch_result"
        case .batchError: "batch_error"
        case .unknown(let value): value
        }
    }
}

/// Where a file comes from.
public enum FileSource: MistralOpenEnum {
    case upload
    case repository
    case mistral
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [FileSource] = [.upload, .repository, .mistral]

    public var rawValue: String {
        switch self {
        case .upload: "upload"
        case .repository: "repository"
        case .mistral: "mistral"
        case .unknown(let value): value
        }
    }
}

/// The answer of `GET /v1/files`.
public struct FileList: Codable, Sendable, Hashable {
    /// The files.
    public var data: [MistralFile]
    /// `list`.
    public var object: String?
    /// How many files match, in all pages.
    public var total: Int?

    public init(data: [MistralFile], total: Int? = nil) {
        self.data = data
        self.object = "list"
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case data, object, total
    }
}

/// A temporary download URL of a file.
public struct FileSignedURL: Codable, Sendable, Hashable {
    /// The URL.
    public var url: String

    public init(url: String) {
        self.url = url
    }

    enum CodingKeys: String, CodingKey {
        case url
    }
}
