import OrderedJSON

/// `POST /v1/embeddings`: deterministic unit-length embeddings (1024 dimensions for `mistral-embed`, 1536 by
/// default for `codestral-embed`), with `output_dimension`, `output_dtype` and `encoding_format`.
enum EmbeddingRoutes {
    /// The largest `output_dimension` accepted.
    static let maximumDimension = 3_072

    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/embeddings") { request in
            try await embeddings(try request.json(), service: service)
        }
    }

    /// Answers an embeddings body (also used by batch jobs).
    static func embeddings(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.embedding.validate(json)
        let model = body["model"]?.stringValue ?? ""
        let inputs = try texts(body["input"] ?? .null)
        let dimension = try outputDimension(body["output_dimension"])
        let dataType = try outputDataType(body["output_dtype"])
        let base64 = try encodingIsBase64(body["encoding_format"])
        let resolved = try await service.resolveModel(model, requiring: .embedding)
        let catalogModel = ModelCatalog.model(named: resolved.id)
        let size = dimension ?? (catalogModel?.id == "codestral-embed" ? 1_536 : 1_024)
        let data = inputs.enumerated().map { index, text -> JSONValue in
            let vector = EmbeddingGenerator.vector(for: text, model: catalogModel?.id ?? model, dimension: size)
            let embedding: JSONValue =
                base64
                ? .string(EmbeddingGenerator.base64(vector, as: dataType))
                : .array(EmbeddingGenerator.quantise(vector, as: dataType))
            return ["object": "embedding", "embedding": embedding, "index": .int(index)]
        }
        let tokens = inputs.reduce(0) { $0 + Tokenizer.count($1) }
        return .json([
            "id": .string(MockIdentifiers.completionID(for: JSONValue.object(body).compactString)),
            "object": "list",
            "data": .array(data),
            "model": .string(model),
            "usage": ["prompt_tokens": .int(tokens), "total_tokens": .int(tokens), "completion_tokens": 0],
        ])
    }

    private static func texts(_ input: JSONValue) throws(MockAPIError) -> [String] {
        switch input {
        case .string(let text):
            return [text]
        case .array(let items) where !items.isEmpty:
            var texts: [String] = []
            var issues: [ValidationIssue] = []
            for (position, item) in items.enumerated() {
                if let text = item.stringValue {
                    texts.append(text)
                } else {
                    issues.append(
                        ValidationIssue(
                            type: "string_type",
                            location: ["body", "input", .int(position)],
                            message: "Input should be a valid string",
                            input: item
                        )
                    )
                }
            }
            guard issues.isEmpty else { throw .validation(issues) }
            return texts
        case .array:
            throw .invalidRequest("Input must not be empty")
        default:
            throw .validation([
                ValidationIssue(
                    type: "string_type", location: ["body", "input"], message: "Input should be a valid string",
                    input: input)
            ])
        }
    }

    private static func outputDimension(_ value: JSONValue?) throws(MockAPIError) -> Int? {
        guard let dimension = value?.intValue else { return nil }
        guard (1...maximumDimension).contains(dimension) else {
            throw .invalidRequest("output_dimension must be between 1 and \(maximumDimension), got \(dimension)")
        }
        return dimension
    }

    private static func outputDataType(_ value: JSONValue?) throws(MockAPIError) -> EmbeddingGenerator.DataType {
        guard let name = value?.stringValue else { return .float }
        guard let type = EmbeddingGenerator.DataType(rawValue: name) else {
            throw .validation([
                ValidationIssue(
                    type: "enum",
                    location: ["body", "output_dtype"],
                    message: "Input should be 'float', 'int8', 'uint8', 'binary' or 'ubinary'",
                    input: .string(name),
                    context: ["expected": "'float', 'int8', 'uint8', 'binary' or 'ubinary'"]
                )
            ])
        }
        return type
    }

    private static func encodingIsBase64(_ value: JSONValue?) throws(MockAPIError) -> Bool {
        switch value?.stringValue {
        case nil, "float": return false
        case "base64": return true
        case let other?:
            throw .validation([
                ValidationIssue(
                    type: "enum",
                    location: ["body", "encoding_format"],
                    message: "Input should be 'float' or 'base64'",
                    input: .string(other),
                    context: ["expected": "'float' or 'base64'"]
                )
            ])
        }
    }
}
