/// How the emulator behaves: which API key it accepts, and the latency and faults it injects.
public struct MockConfiguration: Sendable {
    /// The only API key accepted; `nil` accepts any non-empty Bearer key.
    public var apiKey: String?
    /// Latency injected into every answer.
    public var latency: MockLatency
    /// Faults injected on matching routes; the first matching active fault applies.
    public var faults: [MockFault]

    /// A configuration (by default: any key, no latency, no faults).
    public init(apiKey: String? = nil, latency: MockLatency = .init(), faults: [MockFault] = []) {
        self.apiKey = apiKey
        self.latency = latency
        self.faults = faults
    }
}
