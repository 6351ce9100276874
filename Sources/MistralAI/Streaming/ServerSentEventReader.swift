import NIOCore

/// Pulls Server-Sent Events out of an HTTP body, one at a time, reading only as much as needed.
struct ServerSentEventReader {
    private var body: MistralHTTPBody.AsyncIterator
    private var parser = SSEParser()
    private var pending: [ServerSentEvent] = []
    private var pendingIndex = 0
    /// How many events were returned so far.
    private(set) var receivedEvents = 0

    init(body: MistralHTTPBody) {
        self.body = body.makeAsyncIterator()
    }

    /// The next event, or `nil` when the body ends. Body read failures become ``MistralError``.
    mutating func next() async throws -> ServerSentEvent? {
        while pendingIndex == pending.count {
            let buffer: ByteBuffer?
            do {
                buffer = try await body.next()
            } catch {
                throw mapReadError(error)
            }
            guard let buffer else { return nil }
            pending = parser.parse(buffer.readableBytesView)
            pendingIndex = 0
        }
        defer { pendingIndex += 1 }
        receivedEvents += 1
        return pending[pendingIndex]
    }

    /// The error for a body that ended before the stream's final event.
    func endedPrematurely(_ reason: String) -> MistralError {
        Task.isCancelled ? .cancelled : .streamEndedPrematurely(receivedEvents: receivedEvents, reason: reason)
    }

    private func mapReadError(_ error: any Error) -> MistralError {
        if MistralStreamTermination.isCancellation(error) || Task.isCancelled { return .cancelled }
        if let error = error as? MistralError {
            switch error {
            case .connection(let underlying):
                return .streamEndedPrematurely(receivedEvents: receivedEvents, reason: String(describing: underlying))
            default:
                return error
            }
        }
        return .streamEndedPrematurely(receivedEvents: receivedEvents, reason: String(describing: error))
    }
}
