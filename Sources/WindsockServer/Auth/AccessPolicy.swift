import WindsockStore

/// Which key scopes a route accepts.
enum AccessPolicy: Sendable {
    /// `POST /v1/traces`: ingest keys.
    case ingest
    /// Reading traces, sessions, metrics, scores: read keys.
    case read
    /// `POST /api/v1/scores`: ingest or read keys.
    case score

    /// Whether a key of `scope` may use the route.
    func allows(_ scope: APIKeyRecord.Scope) -> Bool {
        switch self {
        case .ingest: scope == .ingest
        case .read: scope == .read
        case .score: true
        }
    }

    /// The scopes named in a 403 message.
    var description: String {
        switch self {
        case .ingest: "an ingest key"
        case .read: "a read key"
        case .score: "an ingest or read key"
        }
    }
}
