import ArgumentParser

/// The filters of `GET /api/v1/traces`, shared by `windsock traces list` and `windsock traces export`.
struct TraceFilterOptions: ParsableArguments {
    @Option(help: "Only traces that started at or after this RFC 3339 time (e.g. 2026-01-31T00:00:00Z).")
    var from: String?

    @Option(help: "Only traces that started before this RFC 3339 time.")
    var to: String?

    @Option(help: "Only traces whose spans used this model.")
    var model: String?

    @Option(help: "Only traces with this status: ok or error.")
    var status: String?

    @Option(name: .customLong("user"), help: "Only traces of this user id.")
    var userID: String?

    @Option(name: .customLong("session"), help: "Only traces of this session id.")
    var sessionID: String?

    @Option(help: "Only traces with this tag.")
    var tag: String?

    @Option(help: "Only traces with this name.")
    var name: String?

    @Option(name: .customLong("search"), help: "Only traces whose inputs or outputs contain this text.")
    var query: String?

    func validate() throws {
        if let status, !["ok", "error"].contains(status) {
            throw ValidationError("--status is ok or error, not '\(status)'.")
        }
    }

    /// The query items the flags give.
    var queryItems: [(String, String)] {
        let pairs: [(String, String?)] = [
            ("from", from), ("to", to), ("model", model), ("status", status), ("user_id", userID),
            ("session_id", sessionID), ("tag", tag), ("name", name), ("q", query),
        ]
        return pairs.compactMap { key, value in value.map { (key, $0) } }
    }
}
