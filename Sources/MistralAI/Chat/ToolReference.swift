/// A source found by a built-in tool: `{"type":"tool_reference","tool","title","url","favicon","description"}`.
public struct ToolReference: Codable, Sendable, Hashable {
    /// The tool, e.g. `web_search`.
    public var tool: String
    /// The source's title.
    public var title: String
    /// The source's URL.
    public var url: String?
    /// The source's icon.
    public var favicon: String?
    /// A summary.
    public var description: String?

    public init(tool: String, title: String, url: String? = nil, favicon: String? = nil, description: String? = nil) {
        self.tool = tool
        self.title = title
        self.url = url
        self.favicon = favicon
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case tool, title, url, favicon, description
    }
}
