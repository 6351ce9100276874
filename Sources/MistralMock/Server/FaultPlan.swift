/// What the emulator does to one request: fail it, slow it, or cut its stream.
struct FaultPlan: Sendable, Equatable {
    /// Answer with this error status instead of the real answer.
    var status: Int?
    /// The `Retry-After` seconds for a 429/503.
    var retryAfterSeconds: Int?
    /// Cut a streamed answer after this many events.
    var dropAfterEvents: Int?
    /// The latency to apply.
    var latency: MockLatency
}
