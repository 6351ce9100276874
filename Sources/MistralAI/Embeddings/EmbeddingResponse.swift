/// The answer of `POST /v1/embeddings`.
public struct EmbeddingResponse: Codable, Sendable, Hashable {
    /// The request id.
    public var id: String
    /// `list`.
    public var object: String?
    /// The model that embedded.
    public var model: String
    /// Tokens used.
    public var usage: UsageInfo?
    /// One embedding per input, in input order.
    public var data: [Embedding]

    public init(id: String, object: String? = "list", model: String, usage: UsageInfo? = nil, data: [Embedding]) {
        self.id = id
        self.object = object
        self.model = model
        self.usage = usage
        self.data = data
    }

    /// The vectors, in input order.
    public var vectors: [[Double]] {
        data.sorted { $0.index < $1.index }.map(\.embedding)
    }

    enum CodingKeys: String, CodingKey {
        case id, object, model, usage, data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        object = try container.decodeIfPresent(String.self, forKey: .object)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        usage = try container.decodeIfPresent(UsageInfo.self, forKey: .usage)
        data = try container.decodeIfPresent([Embedding].self, forKey: .data) ?? []
    }
}

/// One embedding of an ``EmbeddingResponse``.
public struct Embedding: Codable, Sendable, Hashable {
    /// `embedding`.
    public var object: String?
    /// The vector (empty when the answer was base64-encoded; see ``base64``).
    public var embedding: [Double]
    /// The vector as base64, when the request asked for ``EmbeddingEncodingFormat/base64``.
    public var base64: String?
    /// The position of the input.
    public var index: Int

    public init(object: String? = "embedding", embedding: [Double], base64: String? = nil, index: Int) {
        self.object = object
        self.embedding = embedding
        self.base64 = base64
        self.index = index
    }

    enum CodingKeys: String, CodingKey {
        case object, embedding, index
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
        if let text = try? container.decode(String.self, forKey: .embedding) {
            base64 = text
            embedding = []
        } else {
            base64 = nil
            embedding = try container.decodeIfPresent([Double].self, forKey: .embedding) ?? []
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(object, forKey: .object)
        if let base64 {
            try container.encode(base64, forKey: .embedding)
        } else {
            try container.encode(embedding, forKey: .embedding)
        }
        try container.encode(index, forKey: .index)
    }
}
