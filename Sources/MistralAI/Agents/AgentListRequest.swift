/// The parameters of `GET /v1/agents`.
public struct AgentListRequest: Codable, Sendable, Hashable {
    /// The page, from 0.
    public var page: Int?
    /// Agents per page.
    public var pageSize: Int?
    /// Only agents with this name.
    public var name: String?

    public init(page: Int? = nil, pageSize: Int? = nil, name: String? = nil) {
        self.page = page
        self.pageSize = pageSize
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case page
        case pageSize = "page_size"
        case name
    }

    var queryItems: [MistralQueryItem] {
        var query = QueryBuilder()
        query.add("page", page)
        query.add("page_size", pageSize)
        query.add("name", name)
        return query.items
    }
}
