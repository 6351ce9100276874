import Hummingbird

/// The body of `POST /chat`.
struct ChatRequest: Decodable, Sendable {
    /// What the user says.
    var message: String
    /// The end user, recorded on the trace.
    var userID: String?
    /// The conversation, recorded on the trace.
    var sessionID: String?

    enum CodingKeys: String, CodingKey {
        case message
        case userID = "user_id"
        case sessionID = "session_id"
    }
}

/// The answer of `POST /chat`.
struct ChatAnswer: ResponseEncodable, Sendable {
    /// The model's answer.
    var answer: String
    /// The trace of this request, to look up with `windsock traces show`.
    var traceID: String?

    enum CodingKeys: String, CodingKey {
        case answer
        case traceID = "trace_id"
    }
}
