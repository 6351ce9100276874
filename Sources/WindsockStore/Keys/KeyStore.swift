import WindsockModel

/// Projects and their API keys. Keys are stored as SHA-256 hashes only: a secret is shown once, at creation.
public protocol KeyStore: Sendable {
    /// Creates a project, or does nothing when it exists.
    func createProject(_ project: Project) async throws
    /// Every project, by id.
    func projects() async throws -> [Project]
    /// Stores a new key.
    func insertKey(_ key: APIKeyRecord) async throws
    /// The key with this secret hash (hex SHA-256 of the secret), revoked or not.
    func key(secretHash: String) async throws -> APIKeyRecord?
    /// The keys of a project, or of all projects.
    func keys(project: ProjectID?) async throws -> [APIKeyRecord]
    /// Revokes a key; `false` when no key has this id.
    func revokeKey(id: String, at time: Timestamp) async throws -> Bool
    /// Whether any key (revoked or not) exists: a server with keys requires them.
    func hasKeys() async throws -> Bool
}
