/// The answer of a classification: one result per input, with scores per target.
public struct ClassificationResponse: Codable, Sendable, Hashable {
    /// The request id.
    public var id: String
    /// The model.
    public var model: String
    /// One result per input: the scores of each target (e.g. `"sentiment"`), by label.
    public var results: [[String: ClassificationTargetResult]]

    public init(id: String, model: String, results: [[String: ClassificationTargetResult]]) {
        self.id = id
        self.model = model
        self.results = results
    }

    enum CodingKeys: String, CodingKey {
        case id, model, results
    }
}

/// The scores of one target: `{"scores":{"positive":0.9,"negative":0.1}}`.
public struct ClassificationTargetResult: Codable, Sendable, Hashable {
    /// The score of each label.
    public var scores: [String: Double]

    public init(scores: [String: Double]) {
        self.scores = scores
    }

    /// The label with the highest score.
    public var topLabel: String? {
        scores.max { $0.value < $1.value }?.key
    }

    enum CodingKeys: String, CodingKey {
        case scores
    }
}
