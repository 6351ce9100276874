/// Feedback or an evaluation of a trace or one of its spans (a thumbs up, a rating, an LLM judge's verdict).
public struct Score: Equatable, Sendable {
    /// The score's id (a UUID, lowercase).
    public var id: String
    /// The trace it is about.
    public var traceID: TraceID
    /// The span it is about, or `nil` for the whole trace.
    public var spanID: SpanID?
    /// What is scored, e.g. `user_feedback`, `correctness`.
    public var name: String
    /// The value.
    public var value: ScoreValue
    /// A comment.
    public var comment: String?
    /// Who or what gave it.
    public var source: ScoreSource
    /// The author (a user name, a judge model).
    public var author: String?
    /// When it was given.
    public var createdAt: Timestamp

    /// Creates a score.
    public init(
        id: String, traceID: TraceID, spanID: SpanID? = nil, name: String, value: ScoreValue,
        comment: String? = nil, source: ScoreSource = .human, author: String? = nil, createdAt: Timestamp
    ) {
        self.id = id
        self.traceID = traceID
        self.spanID = spanID
        self.name = name
        self.value = value
        self.comment = comment
        self.source = source
        self.author = author
        self.createdAt = createdAt
    }
}
