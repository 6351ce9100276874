/// The answer of a moderation request: one result per input.
public struct ModerationResponse: Codable, Sendable, Hashable {
    /// The request id.
    public var id: String
    /// The model.
    public var model: String
    /// One result per input text or conversation.
    public var results: [ModerationResult]

    public init(id: String, model: String, results: [ModerationResult]) {
        self.id = id
        self.model = model
        self.results = results
    }

    enum CodingKeys: String, CodingKey {
        case id, model, results
    }
}

/// The moderation of one input.
///
/// Categories are keyed by their wire names (`sexual`, `hate_and_discrimination`, `violence_and_threats`,
/// `dangerous_and_criminal_content`, `selfharm`, `health`, `financial`, `law`, `pii`, and newer ones such as
/// `jailbreaking`), so new categories need no library update.
public struct ModerationResult: Codable, Sendable, Hashable {
    /// Whether each category applies.
    public var categories: [String: Bool]
    /// The score (0…1) of each category.
    public var categoryScores: [String: Double]

    public init(categories: [String: Bool], categoryScores: [String: Double]) {
        self.categories = categories
        self.categoryScores = categoryScores
    }

    /// Whether any category applies.
    public var isFlagged: Bool { categories.values.contains(true) }

    /// The categories that apply, sorted.
    public var flaggedCategories: [String] { categories.filter(\.value).map(\.key).sorted() }

    enum CodingKeys: String, CodingKey {
        case categories
        case categoryScores = "category_scores"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        categories = try container.decodeIfPresent([String: Bool].self, forKey: .categories) ?? [:]
        categoryScores = try container.decodeIfPresent([String: Double].self, forKey: .categoryScores) ?? [:]
    }
}
