/// The answer to deleting a model, file or batch job: `{"id", "object", "deleted"}`.
public struct DeletionStatus: Codable, Sendable, Hashable {
    /// The id of the deleted resource.
    public var id: String
    /// The resource kind, e.g. `model`, `file` or `batch`.
    public var object: String?
    /// Whether it was deleted.
    public var deleted: Bool

    public init(id: String, object: String? = nil, deleted: Bool = true) {
        self.id = id
        self.object = object
        self.deleted = deleted
    }

    enum CodingKeys: String, CodingKey {
        case id, object, deleted
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        deleted = try container.decodeIfPresent(Bool.self, forKey: .deleted) ?? true
    }
}
