import OrderedJSON

/// A timed event on a span, e.g. an `exception` with its type, message and stack trace.
public struct SpanEvent: Equatable, Sendable {
    /// The event name (`exception`, `First Token Stream Event`, `gen_ai.choice`, …).
    public var name: String
    /// When it happened.
    public var time: Timestamp
    /// Its attributes as a JSON object, values as sent.
    public var attributes: JSONObject

    /// Creates an event.
    public init(name: String, time: Timestamp, attributes: JSONObject = JSONObject()) {
        self.name = name
        self.time = time
        self.attributes = attributes
    }
}
