/// One Server-Sent Event, as dispatched by ``SSEParser``.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field, or `nil` when the event had none (the SSE type is then `message`).
    public var event: String?
    /// The `data:` lines joined with `\n`.
    public var data: String
    /// The last event id seen in the stream (`id:` persists across events).
    public var id: String?
    /// The `retry:` reconnection time in milliseconds, when this event set one.
    public var retry: Int?

    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }

    /// The event type: the `event:` field, or `message`.
    public var type: String { event ?? "message" }
}
