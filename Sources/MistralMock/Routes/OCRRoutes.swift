import OrderedJSON

/// `POST /v1/ocr`: pages in markdown derived from the document (URL, image or uploaded file), with
/// `usage_info`.
enum OCRRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/ocr") { request in
            try await ocr(try request.json(), service: service)
        }
    }

    /// Answers an OCR body (also used by batch jobs).
    static func ocr(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.ocr.validate(json)
        let model = body["model"]?.stringValue ?? ""
        let documentObject = body["document"]?.objectValue ?? JSONObject()
        let pages = try pageSelection(body["pages"])
        _ = try await service.resolveModel(model, requiring: .ocr)
        let document = try await document(documentObject, service: service)
        let options = OCROptions(
            pages: pages,
            includeImageBase64: body["include_image_base64"]?.boolValue ?? false,
            tableFormat: body["table_format"]?.stringValue,
            extractHeader: body["extract_header"]?.boolValue ?? false,
            extractFooter: body["extract_footer"]?.boolValue ?? false
        )
        let rendered = OCRRenderer.pages(document, options: options)
        var answer = JSONObject([
            ("pages", .array(rendered)),
            ("model", .string(model)),
            ("document_annotation", .null),
            ("usage_info", ["pages_processed": .int(rendered.count), "doc_size_bytes": .int(document.sizeInBytes)]),
        ])
        if let format = body["document_annotation_format"]?["json_schema"]?["schema"] {
            var generator = SchemaValueGenerator(
                words: PromptWords(OCRRenderer.title(from: document.name)),
                random: DeterministicRandom(text: document.name),
                fillsOptionalProperties: true
            )
            answer["document_annotation"] = .string(generator.value(for: format).compactString)
        }
        return .json(.object(answer))
    }

    private static func pageSelection(_ value: JSONValue?) throws(MockAPIError) -> [Int]? {
        switch value {
        case nil, .null?:
            return nil
        case .array(let items)?:
            return items.compactMap(\.intValue)
        case .string(let text)?:
            var pages: [Int] = []
            for part in text.split(separator: ",") {
                let bounds = part.split(separator: "-").compactMap { Int(String($0).trimmingWhitespace) }
                if bounds.count == 2, bounds[0] <= bounds[1] {
                    pages += Array(bounds[0]...bounds[1])
                } else if let page = bounds.first {
                    pages.append(page)
                }
            }
            return pages
        case let other?:
            throw .validation([
                ValidationIssue(
                    type: "list_type", location: ["body", "pages"], message: "Input should be a valid list",
                    input: other)
            ])
        }
    }

    private static func document(_ object: JSONObject, service: MockService) async throws(MockAPIError) -> OCRDocument {
        let type =
            object["type"]?.stringValue
            ?? (object["document_url"] != nil ? "document_url" : object["image_url"] != nil ? "image_url" : "file")
        switch type {
        case "document_url":
            guard let url = object["document_url"]?.stringValue else {
                throw .validation([
                    .missing(["body", "document", "document_url", "document_url"], input: .object(object))
                ])
            }
            let name = object["document_name"]?.stringValue ?? lastComponent(of: url)
            return OCRDocument(isImage: false, name: name, sizeInBytes: size(of: url), text: nil)
        case "image_url":
            let url = object["image_url"]?.stringValue ?? object["image_url"]?["url"]?.stringValue
            guard let url else {
                throw .validation([.missing(["body", "document", "image_url", "image_url"], input: .object(object))])
            }
            return OCRDocument(isImage: true, name: lastComponent(of: url), sizeInBytes: size(of: url), text: nil)
        case "file":
            guard let fileID = object["file_id"]?.stringValue else {
                throw .validation([.missing(["body", "document", "file", "file_id"], input: .object(object))])
            }
            guard let file = await service.store.withFiles({ $0[fileID] }) else {
                throw .notFound("File \(fileID) not found")
            }
            let isText =
                file.mimeType?.hasPrefix("text/") == true
                || ["txt", "md", "jsonl", "json", "csv"].contains(where: { file.filename.hasSuffix("." + $0) })
            let isImage = file.mimeType?.hasPrefix("image/") == true
            return OCRDocument(
                isImage: isImage,
                name: file.filename,
                sizeInBytes: file.bytes.count,
                text: isText ? String(decoding: file.bytes, as: UTF8.self) : nil
            )
        default:
            throw .validation([
                ValidationIssue(
                    type: "union_tag_invalid",
                    location: ["body", "document"],
                    message: "Input tag '\(type)' found using 'type' does not match any of the expected tags: "
                        + "'document_url', 'file', 'image_url'",
                    input: .object(object)
                )
            ])
        }
    }

    private static func lastComponent(of url: String) -> String {
        if url.hasPrefix("data:") {
            let mime = url.dropFirst(5).prefix { $0 != ";" && $0 != "," }
            return "upload." + (mime.split(separator: "/").last.map(String.init) ?? "bin")
        }
        let path = url.split(separator: "?").first.map(String.init) ?? url
        return path.split(separator: "/").last.map(String.init) ?? "document"
    }

    /// The document size: the decoded length of a `data:` URI, else a stable value derived from the URL.
    private static func size(of url: String) -> Int {
        if url.hasPrefix("data:"), let comma = url.firstIndex(of: ",") {
            let payload = url[url.index(after: comma)...]
            return url.contains(";base64") ? (Base64.decode(payload)?.count ?? payload.utf8.count) : payload.utf8.count
        }
        return 40_000 + Int(DeterministicRandom.hash(url) % 1_960_000)
    }
}
