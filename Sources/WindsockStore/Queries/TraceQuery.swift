import WindsockModel

/// A filtered, paginated listing of trace summaries, newest first.
public struct TraceQuery: Hashable, Sendable {
    /// The project.
    public var project: ProjectID
    /// Traces that started at or after this time.
    public var from: Timestamp?
    /// Traces that started before this time.
    public var to: Timestamp?
    /// Traces with a span of this model (requested or returned).
    public var model: String?
    /// Traces with this status.
    public var status: SpanStatus?
    /// Traces of this user.
    public var userID: String?
    /// Traces of this session.
    public var sessionID: String?
    /// Traces with this tag.
    public var tag: String?
    /// Traces with this name.
    public var name: String?
    /// Traces whose inputs or outputs contain this text (case-insensitive: for ASCII letters on SQLite, by the
    /// database's locale on PostgreSQL).
    public var text: String?
    /// Page size, 1 to 1000.
    public var limit: Int
    /// Where the previous page ended (``TracePage/nextCursor``).
    public var cursor: TraceCursor?

    /// Creates a query.
    public init(
        project: ProjectID, from: Timestamp? = nil, to: Timestamp? = nil, model: String? = nil,
        status: SpanStatus? = nil, userID: String? = nil, sessionID: String? = nil, tag: String? = nil,
        name: String? = nil, text: String? = nil, limit: Int = 50, cursor: TraceCursor? = nil
    ) {
        self.project = project
        self.from = from
        self.to = to
        self.model = model
        self.status = status
        self.userID = userID
        self.sessionID = sessionID
        self.tag = tag
        self.name = name
        self.text = text
        self.limit = limit
        self.cursor = cursor
    }
}
