/// Latency injected into answers.
///
/// `timeToFirstToken` delays the first byte of every answer; `perToken` delays each streamed event after
/// the first (and a non-streamed completion by the time its tokens would have taken to stream).
/// The request headers `x-mock-ttft-ms` and `x-mock-token-delay-ms` override both per request.
public struct MockLatency: Sendable, Equatable {
    /// The delay before the first byte of any answer.
    public var timeToFirstToken: Duration
    /// The delay between streamed tokens.
    public var perToken: Duration

    /// Latency with these delays (none by default).
    public init(timeToFirstToken: Duration = .zero, perToken: Duration = .zero) {
        self.timeToFirstToken = timeToFirstToken
        self.perToken = perToken
    }
}
