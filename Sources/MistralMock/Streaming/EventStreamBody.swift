import Hummingbird

/// Thrown inside a response body writer to cut the connection mid-stream (fault injection): Hummingbird
/// closes the channel when a body writer throws, so the client sees a chunked body that never ends.
struct StreamDroppedError: Error {}

/// Writes an ``EventStream`` as a real streaming HTTP body: each event is written (and flushed) as it is
/// produced, `perToken` apart, so latency is visible on the wire.
enum EventStreamBody {
    /// The body for `stream`; `dropAfter` cuts the connection after that many events.
    static func body(for stream: EventStream, perToken: Duration, dropAfter: Int?) -> ResponseBody {
        ResponseBody { writer in
            for (index, event) in stream.events.enumerated() {
                if let dropAfter, index >= dropAfter {
                    throw StreamDroppedError()
                }
                if index > 0, perToken > .zero {
                    try await Task.sleep(for: perToken)
                }
                try await writer.write(ByteBuffer(string: event))
            }
            if dropAfter != nil {
                throw StreamDroppedError()
            }
            if perToken > .zero {
                try await Task.sleep(for: perToken)
            }
            try await writer.write(ByteBuffer(string: stream.terminal))
            try await writer.finish(nil)
        }
    }
}
