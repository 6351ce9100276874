import HTTPTypes
import Hummingbird
import Logging
import WindsockModel
import WindsockStore

/// Decides which project a request acts for, from its `Authorization: Bearer wsk_…` header.
///
/// With no key in the store and open access allowed (a loopback address, or `--insecure`), every request
/// acts for the `default` project. Once any key exists, every request needs a valid, unrevoked key whose
/// scope the route accepts, and acts for the key's project.
struct Authenticator: Sendable {
    let keys: any KeyStore
    let presence: KeyPresence
    let allowsOpenAccess: Bool
    let logger: Logger

    init(keys: any KeyStore, allowsOpenAccess: Bool, logger: Logger) {
        self.keys = keys
        self.presence = KeyPresence(keys: keys)
        self.allowsOpenAccess = allowsOpenAccess
        self.logger = logger
    }

    /// The project the request may act for under `policy`, or a 401/403 (or 500) ``APIError``.
    func project(for request: Request, policy: AccessPolicy) async throws(APIError) -> ProjectID {
        do {
            if allowsOpenAccess, try await !presence.hasKeys() {
                return .default
            }
            guard let header = request.headers[.authorization] else {
                throw Self.unauthorized("Missing API key: send 'Authorization: Bearer <key>'.")
            }
            let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else {
                throw Self.unauthorized("The Authorization header must be 'Bearer <key>'.")
            }
            let secret = APIKeySecret(String(parts[1]))
            guard let record = try await keys.key(secretHash: secret.hash) else {
                throw Self.unauthorized("Invalid API key.")
            }
            guard record.revokedAt == nil else {
                throw Self.unauthorized("This API key was revoked.")
            }
            guard policy.allows(record.scope) else {
                throw APIError(
                    .forbidden, code: "forbidden",
                    message: "This route needs \(policy.description); this key's scope is '\(record.scope.rawValue)'.")
            }
            return record.project
        } catch let error as APIError {
            throw error
        } catch {
            logger.error("Key lookup failed", metadata: ["error": "\(error)"])
            throw APIError.serverFailure
        }
    }

    private static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, code: "unauthorized", message: message, headers: [.wwwAuthenticate: "Bearer"])
    }
}
