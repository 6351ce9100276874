import WindsockModel

/// A project: the unit that keys give access to.
public struct Project: Equatable, Sendable {
    /// The id.
    public var id: ProjectID
    /// A display name.
    public var name: String
    /// When it was created.
    public var createdAt: Timestamp

    /// Creates a project.
    public init(id: ProjectID, name: String, createdAt: Timestamp) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
