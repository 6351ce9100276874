/// Why one span of a request was rejected while the others were kept (OTLP's `partial_success`).
public struct SpanRejection: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong with the span, e.g. `trace_id must be 16 bytes, got 8`.
    public var reason: String

    /// Creates a rejection.
    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
