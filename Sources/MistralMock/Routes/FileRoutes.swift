/// Files: `POST /v1/files` (multipart: `file`, `purpose`), `GET /v1/files`, `GET|DELETE /v1/files/{id}`,
/// `GET /v1/files/{id}/content` and `GET /v1/files/{id}/url` (a signed URL back to the emulator).
enum FileRoutes {
    /// The purposes `FilePurpose` allows.
    static let purposes = ["fine-tune", "batch", "ocr"]

    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/files") { request in
            try await upload(request, service: service)
        }
        router.add(.get, "/v1/files") { request in
            var files = await service.store.withFiles { $0.newestFirst }
            for field in ["purpose", "sample_type", "source"] {
                if let wanted = request.query[field] {
                    files = files.filter { $0.json()[field]?.stringValue == wanted }
                }
            }
            if let search = request.query["search"]?.lowercased(), !search.isEmpty {
                files = files.filter { $0.filename.lowercased().contains(search) }
            }
            let size = max(request.queryInteger("page_size") ?? 100, 1)
            let page = max(request.queryInteger("page") ?? 0, 0)
            let shown = files.dropFirst(page * size).prefix(size).map { $0.json() }
            return .json(["data": .array(Array(shown)), "object": "list", "total": .int(files.count)])
        }
        router.add(.get, "/v1/files/:file_id") { request in
            .json(try await find(request.parameter("file_id"), service: service).json(includeDeleted: true))
        }
        router.add(.delete, "/v1/files/:file_id") { request in
            let file = try await find(request.parameter("file_id"), service: service)
            await service.store.withFiles { $0[file.id] = nil }
            return .json(["id": .string(file.id), "object": "file", "deleted": true])
        }
        router.add(.get, "/v1/files/:file_id/content") { request in
            let file = try await find(request.parameter("file_id"), service: service)
            return .bytes(file.bytes, contentType: "application/octet-stream")
        }
        router.add(.get, "/v1/files/:file_id/url") { request in
            let file = try await find(request.parameter("file_id"), service: service)
            let expiry = request.queryInteger("expiry") ?? 24
            return .json([
                "url": .string(FileURLSigner.url(for: file.id, baseURL: request.baseURL, expiryHours: expiry))
            ])
        }
    }

    /// The file with `id`, or 404.
    static func find(_ id: String, service: MockService) async throws(MockAPIError) -> FileRecord {
        guard let file = await service.store.withFiles({ $0[id] }) else {
            throw .notFound("File \(id) not found")
        }
        return file
    }

    /// The sample type the API assigns to an uploaded file of `purpose`.
    static func sampleType(forPurpose purpose: String) -> String {
        switch purpose {
        case "batch": return "batch_request"
        case "ocr": return "ocr_input"
        default: return "instruct"
        }
    }

    private static func upload(_ request: MockRequest, service: MockService) async throws -> MockReply {
        guard let form = MultipartForm(body: request.body, contentType: request.headers[.contentType]),
            let file = form.part("file")
        else {
            throw MockAPIError.validation([.missing(["body", "file"], input: nil)])
        }
        let purpose = form.text("purpose")?.trimmingWhitespace ?? "fine-tune"
        guard purposes.contains(purpose) else {
            throw MockAPIError.validation([
                ValidationIssue(
                    type: "enum",
                    location: ["body", "purpose"],
                    message: "Input should be 'fine-tune', 'batch' or 'ocr'",
                    input: .string(purpose),
                    context: ["expected": "'fine-tune', 'batch' or 'ocr'"]
                )
            ])
        }
        let record = FileRecord(
            id: MockIdentifiers.uuid(),
            filename: file.filename ?? "upload",
            purpose: purpose,
            sampleType: sampleType(forPurpose: purpose),
            source: "upload",
            mimeType: file.contentType,
            bytes: file.data,
            createdAt: .now
        )
        await service.store.withFiles { $0.insert(record) }
        return .json(record.json())
    }
}
