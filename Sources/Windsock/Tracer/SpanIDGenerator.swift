import NIOConcurrencyHelpers
import WindsockModel

/// Makes random trace and span ids (never the all-zero invalid id).
///
/// Ids come from one process-wide SplitMix64 sequence seeded once from the system's secure generator, as other
/// OpenTelemetry SDKs do with a fast non-cryptographic generator: ids must be unique and uniformly spread, not
/// secret, and asking the kernel for randomness (a `getrandom` call per draw) cost about a microsecond per span.
/// SplitMix64 maps its counter through a bijection, so no two draws of one process are ever equal.
struct SpanIDGenerator: Sendable {
    private static let sequence: NIOLockedValueBox<SplitMix64> = {
        var system = SystemRandomNumberGenerator()
        return NIOLockedValueBox(SplitMix64(seed: system.next()))
    }()

    func nextTraceID() -> TraceID {
        while true {
            let (high, low) = Self.sequence.withLockedValue { ($0.next(), $0.next()) }
            let id = TraceID(high: high, low: low)
            if id.high != 0 || id.low != 0 { return id }
        }
    }

    func nextSpanID() -> SpanID {
        while true {
            let value = Self.sequence.withLockedValue { $0.next() }
            if value != 0 { return SpanID(value) }
        }
    }
}

/// Steele, Lea and Flood's SplitMix64: a Weyl sequence through a 64-bit mixing bijection.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Windsock {
    /// A random, valid trace id (what the tracer gives a new root span).
    public static func randomTraceID() -> TraceID {
        SpanIDGenerator().nextTraceID()
    }
}
