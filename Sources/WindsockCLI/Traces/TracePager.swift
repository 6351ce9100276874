import OrderedJSON

/// Walks `GET /api/v1/traces` page by page with its cursor.
struct TracePager {
    let client: WindsockAPIClient
    let filters: [(String, String)]

    /// Up to `limit` trace summaries (all of them when `nil`), newest first.
    func summaries(limit: Int?) async throws -> [JSONValue] {
        var collected: [JSONValue] = []
        var cursor: String?
        repeat {
            let pageSize = min(1000, limit.map { $0 - collected.count } ?? 1000)
            guard pageSize > 0 else { break }
            var query = filters + [("limit", String(pageSize))]
            if let cursor { query.append(("cursor", cursor)) }
            let page = try await client.getJSON("/api/v1/traces", query: query)
            guard let data = page["data"]?.arrayValue else {
                throw APIClientError.malformedAnswer(
                    url: client.baseURL + "/api/v1/traces", reason: "no \"data\" array")
            }
            collected += data
            cursor = page["next_cursor"]?.stringValue
        } while cursor != nil
        return collected
    }
}
