import WindsockModel

/// A stored API key: never the secret, only its hash.
public struct APIKeyRecord: Equatable, Sendable {
    /// What a key may do.
    public enum Scope: String, CaseIterable, Hashable, Sendable {
        /// Send traces (`POST /v1/traces`) and scores.
        case ingest
        /// Read traces, sessions, metrics and scores, and add scores.
        case read
    }

    /// The key's id (shown in listings, used to revoke).
    public var id: String
    /// The project it belongs to.
    public var project: ProjectID
    /// What it may do.
    public var scope: Scope
    /// A label.
    public var name: String
    /// The first characters of the secret, to recognise it (`wsk_ingest_ab12`…).
    public var prefix: String
    /// Hex SHA-256 of the secret.
    public var secretHash: String
    /// When it was created.
    public var createdAt: Timestamp
    /// When it was revoked, or `nil` while valid.
    public var revokedAt: Timestamp?

    /// Creates a record.
    public init(
        id: String, project: ProjectID, scope: Scope, name: String, prefix: String, secretHash: String,
        createdAt: Timestamp, revokedAt: Timestamp? = nil
    ) {
        self.id = id
        self.project = project
        self.scope = scope
        self.name = name
        self.prefix = prefix
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
