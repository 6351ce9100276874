import WindsockModel

/// Chooses traces by a ratio of their ids, so every process that sees a trace makes the same choice.
///
/// Unchosen traces are still recorded; ``ErrorTraceKeeper`` exports them after all when one of their spans fails.
public struct TraceRatioSampler: Sendable, Hashable {
    /// The share of traces exported, from 0 to 1.
    public let ratio: Double
    private let threshold: UInt64

    /// Creates a sampler; `ratio` is clamped to 0…1.
    public init(ratio: Double) {
        let clamped = ratio.isNaN ? 1 : min(max(ratio, 0), 1)
        self.ratio = clamped
        self.threshold = clamped >= 1 ? .max : UInt64(clamped * Double(UInt64.max >> 1)) << 1
    }

    /// Whether a trace is chosen: its id's last 8 bytes fall below the ratio's threshold.
    public func shouldSample(_ traceID: TraceID) -> Bool {
        ratio >= 1 || traceID.low < threshold
    }
}
