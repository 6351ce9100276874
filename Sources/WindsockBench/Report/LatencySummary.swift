/// Percentiles of a set of latencies.
struct LatencySummary: CustomStringConvertible {
    var count: Int
    var p50: Double
    var p95: Double
    var p99: Double
    var max: Double

    /// Summarises `samples` (milliseconds); all zero when empty.
    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        func percentile(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((fraction * Double(sorted.count - 1)).rounded())
            return sorted[rank]
        }
        p50 = percentile(0.50)
        p95 = percentile(0.95)
        p99 = percentile(0.99)
        max = sorted.last ?? 0
    }

    var description: String {
        "p50 \(Self.format(p50)) ms, p95 \(Self.format(p95)) ms, p99 \(Self.format(p99)) ms, "
            + "max \(Self.format(max)) ms (n=\(count))"
    }

    static func format(_ value: Double) -> String {
        value < 10 ? String(format: "%.2f", value) : String(format: "%.1f", value)
    }
}
