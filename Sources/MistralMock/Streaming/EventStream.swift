import OrderedJSON

/// A Server-Sent Events answer: the events, in order, and the terminal event that marks a clean end.
///
/// Chat streams end with `data: [DONE]`; conversation streams with their `conversation.response.done`
/// event. A dropped stream (fault injection) never writes the terminal event.
struct EventStream: Sendable, Equatable {
    /// The framed events (`data: …\n\n` or `event: …\ndata: …\n\n`).
    var events: [String]
    /// The framed terminal event.
    var terminal: String

    /// A data-only event, as chat completions stream them: `data: <compact JSON>\n\n`.
    static func dataEvent(_ value: JSONValue) -> String {
        "data: " + value.compactString + "\n\n"
    }

    /// A named event, as conversations stream them: `event: <type>\ndata: <compact JSON>\n\n`.
    static func namedEvent(_ type: String, _ value: JSONValue) -> String {
        "event: " + type + "\ndata: " + value.compactString + "\n\n"
    }

    /// The end of a chat stream.
    static let done = "data: [DONE]\n\n"

    /// Every event including the terminal one, as sent on the wire.
    var wireText: String {
        events.joined() + terminal
    }
}
