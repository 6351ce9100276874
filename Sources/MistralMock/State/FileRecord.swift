import OrderedJSON

/// A file uploaded through `POST /v1/files` (or written by a batch job).
struct FileRecord: Sendable {
    /// A UUID.
    var id: String
    var filename: String
    /// `fine-tune`, `batch` or `ocr`.
    var purpose: String
    /// `instruct`, `batch_request`, `batch_result`, `batch_error`, …
    var sampleType: String
    /// `upload` for user files, `mistral` for files the service wrote.
    var source: String
    var mimeType: String?
    var bytes: [UInt8]
    var createdAt: Timestamp

    /// The number of lines of a JSONL file.
    var lineCount: Int? {
        guard filename.hasSuffix(".jsonl") else { return nil }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").count
    }

    /// The file object; `deleted` is included for `GET /v1/files/{id}`.
    func json(includeDeleted: Bool = false) -> JSONValue {
        var object = JSONObject([
            ("id", .string(id)),
            ("object", "file"),
            ("bytes", .int(bytes.count)),
            ("created_at", .int(createdAt.unixSeconds)),
            ("filename", .string(filename)),
            ("purpose", .string(purpose)),
            ("sample_type", .string(sampleType)),
            ("num_lines", .optional(lineCount)),
            ("mimetype", .optional(mimeType)),
            ("source", .string(source)),
            ("signature", .null),
            ("expires_at", .null),
            ("visibility", "workspace"),
        ])
        if includeDeleted {
            object["deleted"] = false
        }
        return .object(object)
    }
}
