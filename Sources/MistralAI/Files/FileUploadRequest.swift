import Foundation
import NIOCore

/// A file to upload with `POST /v1/files` (sent as `multipart/form-data` with `file` and `purpose`).
///
/// Middlewares see it as a request whose JSON holds the file name, purpose and size, not the content.
public struct FileUploadRequest: Encodable, Sendable, Hashable {
    /// The file's content.
    public var content: Data
    /// The file name, e.g. `training.jsonl`.
    public var fileName: String
    /// What the file is for.
    public var purpose: FilePurpose?
    /// The content's MIME type.
    public var contentType: String

    public init(content: Data, fileName: String, purpose: FilePurpose? = nil, contentType: String? = nil) {
        self.content = content
        self.fileName = fileName
        self.purpose = purpose
        self.contentType = contentType ?? Self.contentType(forFileName: fileName)
    }

    enum CodingKeys: String, CodingKey {
        case fileName = "file_name"
        case purpose
        case bytes
        case contentType = "content_type"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fileName, forKey: .fileName)
        try container.encodeIfPresent(purpose, forKey: .purpose)
        try container.encode(content.count, forKey: .bytes)
        try container.encode(contentType, forKey: .contentType)
    }

    /// The multipart body and its content type.
    func multipartBody(boundary: String = "mistral-swift-\(UUID().uuidString)") -> (ByteBuffer, String) {
        var buffer = ByteBuffer()
        if let purpose {
            buffer.writeString("--\(boundary)\r\n")
            buffer.writeString("Content-Disposition: form-data; name=\"purpose\"\r\n\r\n")
            buffer.writeString("\(purpose.rawValue)\r\n")
        }
        let safeName = fileName.replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
        buffer.writeString("--\(boundary)\r\n")
        buffer.writeString("Content-Disposition: form-data; name=\"file\"; filename=\"\(safeName)\"\r\n")
        buffer.writeString("Content-Type: \(contentType)\r\n\r\n")
        buffer.writeBytes(content)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return (buffer, "multipart/form-data; boundary=\(boundary)")
    }

    private static func contentType(forFileName name: String) -> String {
        switch name.split(separator: ".").last?.lowercased() {
        case "jsonl": "application/jsonl"
        case "json": "application/json"
        case "pdf": "application/pdf"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "txt": "text/plain"
        default: "application/octet-stream"
        }
    }
}

/// The parameters of `GET /v1/files`.
public struct FileListRequest: Codable, Sendable, Hashable {
    /// The page, from 0.
    public var page: Int?
    /// Files per page.
    public var pageSize: Int?
    /// Only files with this purpose.
    public var purpose: FilePurpose?
    /// Only files with this content type.
    public var sampleType: FileSampleType?
    /// Only files from this source.
    public var source: FileSource?
    /// Only files whose name contains this text.
    public var search: String?

    public init(
        page: Int? = nil,
        pageSize: Int? = nil,
        purpose: FilePurpose? = nil,
        sampleType: FileSampleType? = nil,
        source: FileSource? = nil,
        search: String? = nil
    ) {
        self.page = page
        self.pageSize = pageSize
        self.purpose = purpose
        self.sampleType = sampleType
        self.source = source
        self.search = search
    }

    enum CodingKeys: String, CodingKey {
        case page
        case pageSize = "page_size"
        case purpose
        case sampleType = "sample_type"
        case source, search
    }

    var queryItems: [MistralQueryItem] {
        var query = QueryBuilder()
        query.add("page", page)
        query.add("page_size", pageSize)
        query.add("purpose", purpose)
        query.add("sample_type", sampleType)
        query.add("source", source)
        query.add("search", search)
        return query.items
    }
}
