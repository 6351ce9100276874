/// A request to `POST /v1/embeddings`.
public struct EmbeddingRequest: Codable, Sendable, Hashable {
    /// The model id: `mistral-embed` or `codestral-embed`.
    public var model: String
    /// The texts to embed.
    public var input: [String]
    /// The number of dimensions, for models that support it.
    public var outputDimension: Int?
    /// The number type of the vectors, for models that support it.
    public var outputDtype: EmbeddingDtype?
    /// How vectors are written in the answer.
    public var encodingFormat: EmbeddingEncodingFormat?
    /// Free-form metadata stored with the request.
    public var metadata: [String: JSONValue]?

    public init(
        model: String,
        input: [String],
        outputDimension: Int? = nil,
        outputDtype: EmbeddingDtype? = nil,
        encodingFormat: EmbeddingEncodingFormat? = nil,
        metadata: [String: JSONValue]? = nil
    ) {
        self.model = model
        self.input = input
        self.outputDimension = outputDimension
        self.outputDtype = outputDtype
        self.encodingFormat = encodingFormat
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case model, input
        case outputDimension = "output_dimension"
        case outputDtype = "output_dtype"
        case encodingFormat = "encoding_format"
        case metadata
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        if let single = try? container.decode(String.self, forKey: .input) {
            input = [single]
        } else {
            input = try container.decode([String].self, forKey: .input)
        }
        outputDimension = try container.decodeIfPresent(Int.self, forKey: .outputDimension)
        outputDtype = try container.decodeIfPresent(EmbeddingDtype.self, forKey: .outputDtype)
        encodingFormat = try container.decodeIfPresent(EmbeddingEncodingFormat.self, forKey: .encodingFormat)
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
    }
}

/// The number type of embedding vectors.
public enum EmbeddingDtype: MistralOpenEnum {
    case float
    case int8
    case uint8
    case binary
    case ubinary
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [EmbeddingDtype] = [.float, .int8, .uint8, .binary, .ubinary]

    public var rawValue: String {
        switch self {
        case .float: "float"
        case .int8: "int8"
        case .uint8: "uint8"
        case .binary: "binary"
        case .ubinary: "ubinary"
        case .unknown(let value): value
        }
    }
}

/// How embedding vectors are written in the answer.
public enum EmbeddingEncodingFormat: MistralOpenEnum {
    /// A JSON array of numbers.
    case float
    /// Base64 of the packed values.
    case base64
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [EmbeddingEncodingFormat] = [.float, .base64]

    public var rawValue: String {
        switch self {
        case .float: "float"
        case .base64: "base64"
        case .unknown(let value): value
        }
    }
}
