/// A model available to your key (`GET /v1/models`), base or fine-tuned.
public struct ModelCard: Codable, Sendable, Hashable {
    /// The model id, e.g. `mistral-small-2603`.
    public var id: String
    /// `model`.
    public var object: String?
    /// Creation time, Unix seconds.
    public var created: Int?
    /// The owner, e.g. `mistralai`.
    public var ownedBy: String?
    /// What the model can do.
    public var capabilities: ModelCapabilities
    /// The display name.
    public var name: String?
    /// A description.
    public var description: String?
    /// The context length in tokens.
    public var maxContextLength: Int?
    /// Other ids of the same model (e.g. `mistral-small-latest`).
    public var aliases: [String]
    /// When the model is retired (ISO 8601), if scheduled.
    public var deprecation: String?
    /// The model that replaces it.
    public var deprecationReplacementModel: String?
    /// The default temperature.
    public var defaultModelTemperature: Double?
    /// `base` or `fine-tuned`.
    public var type: ModelType?
    /// The fine-tuning job that made it (fine-tuned models).
    public var job: String?
    /// The base model (fine-tuned models).
    public var root: String?
    /// Whether it is archived (fine-tuned models).
    public var archived: Bool?

    public init(id: String, capabilities: ModelCapabilities = ModelCapabilities(), type: ModelType? = .base) {
        self.id = id
        self.object = "model"
        self.capabilities = capabilities
        self.aliases = []
        self.type = type
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created
        case ownedBy = "owned_by"
        case capabilities, name, description
        case maxContextLength = "max_context_length"
        case aliases, deprecation
        case deprecationReplacementModel = "deprecation_replacement_model"
        case defaultModelTemperature = "default_model_temperature"
        case type, job, root, archived
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        created = try container.decodeIfPresent(Int.self, forKey: .created)
        ownedBy = try container.decodeIfPresent(String.self, forKey: .ownedBy)
        capabilities =
            try container.decodeIfPresent(ModelCapabilities.self, forKey: .capabilities) ?? ModelCapabilities()
        name = try container.decodeIfPresent(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        maxContextLength = try container.decodeIfPresent(Int.self, forKey: .maxContextLength)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        deprecation = try container.decodeIfPresent(String.self, forKey: .deprecation)
        deprecationReplacementModel = try container.decodeIfPresent(String.self, forKey: .deprecationReplacementModel)
        defaultModelTemperature = try container.decodeIfPresent(Double.self, forKey: .defaultModelTemperature)
        type = try container.decodeIfPresent(ModelType.self, forKey: .type)
        job = try container.decodeIfPresent(String.self, forKey: .job)
        root = try container.decodeIfPresent(String.self, forKey: .root)
        archived = try container.decodeIfPresent(Bool.self, forKey: .archived)
    }
}

/// Whether a model is a base model or fine-tuned.
public enum ModelType: MistralOpenEnum {
    case base
    case fineTuned
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [ModelType] = [.base, .fineTuned]

    public var rawValue: String {
        switch self {
        case .base: "base"
        case .fineTuned: "fine-tuned"
        case .unknown(let value): value
        }
    }
}

/// What a model can do. Missing capabilities are `false`; unknown ones are kept in ``all``.
public struct ModelCapabilities: Codable, Sendable, Hashable {
    /// Every capability sent, by wire name.
    public var all: [String: Bool]

    public init(_ all: [String: Bool] = [:]) {
        self.all = all
    }

    /// Chat completions.
    public var completionChat: Bool { all["completion_chat"] ?? false }
    /// Function calling.
    public var functionCalling: Bool { all["function_calling"] ?? false }
    /// Reasoning.
    public var reasoning: Bool { all["reasoning"] ?? false }
    /// Fill-in-the-middle.
    public var completionFIM: Bool { all["completion_fim"] ?? false }
    /// Fine-tuning.
    public var fineTuning: Bool { all["fine_tuning"] ?? false }
    /// Image input.
    public var vision: Bool { all["vision"] ?? false }
    /// OCR.
    public var ocr: Bool { all["ocr"] ?? false }
    /// Classification.
    public var classification: Bool { all["classification"] ?? false }
    /// Moderation.
    public var moderation: Bool { all["moderation"] ?? false }
    /// Audio input.
    public var audio: Bool { all["audio"] ?? false }

    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        all = (json.objectValue ?? [:]).compactMapValues(\.boolValue)
    }

    public func encode(to encoder: any Encoder) throws {
        try all.encode(to: encoder)
    }
}

/// The answer of `GET /v1/models`.
public struct ModelList: Codable, Sendable, Hashable {
    /// `list`.
    public var object: String?
    /// The models.
    public var data: [ModelCard]

    public init(data: [ModelCard]) {
        self.object = "list"
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case object, data
    }

    public init(from decoder: any Decoder) throws {
        if let bare = try? [ModelCard](from: decoder) {
            object = "list"
            data = bare
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        data = try container.decodeIfPresent([ModelCard].self, forKey: .data) ?? []
    }
}
