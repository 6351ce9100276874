import WindsockModel
import WindsockStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Creates, lists and revokes API keys in a key store (what `windsock keys` does).
public struct APIKeyIssuer: Sendable {
    private let keys: any KeyStore

    /// An issuer working on `keys`.
    public init(keys: any KeyStore) {
        self.keys = keys
    }

    /// Creates a key of `scope` for `project` (creating the project when needed) and returns its record and
    /// its secret. The secret is not stored: this is the only time it is known.
    public func create(project: ProjectID, scope: APIKeyRecord.Scope, name: String?) async throws -> (
        record: APIKeyRecord, secret: APIKeySecret
    ) {
        let now = Timestamp(Date())
        try await keys.createProject(Project(id: project, name: project.rawValue, createdAt: now))
        let secret = APIKeySecret.generate(scope: scope)
        let record = APIKeyRecord(
            id: UUID().uuidString.lowercased(), project: project, scope: scope,
            name: name ?? "\(scope.rawValue) key", prefix: secret.prefix, secretHash: secret.hash, createdAt: now)
        try await keys.insertKey(record)
        return (record, secret)
    }

    /// The keys of `project`, or of every project.
    public func list(project: ProjectID?) async throws -> [APIKeyRecord] {
        try await keys.keys(project: project)
    }

    /// Revokes the key with this id; `false` when there is none.
    public func revoke(id: String) async throws -> Bool {
        try await keys.revokeKey(id: id, at: Timestamp(Date()))
    }
}
