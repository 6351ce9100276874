import Foundation

/// The logarithmic latency buckets that metrics roll up into: percentiles are read from bucket counts.
///
/// Bucket 0 holds latencies up to 0.01 ms; bucket `i ≥ 1` holds `(0.01·γ^(i−1), 0.01·γ^i]` ms with γ = 1.04,
/// so a percentile read as the bucket's geometric middle is within 2 % of the true latency.
package enum LatencyBuckets {
    private static let smallest = 0.01
    private static let growth = 1.04
    private static let largestBucket = 1_000

    /// How many buckets there are (bucket indexes are `0..<count`).
    package static let count = largestBucket + 1

    /// The bucket of a latency in milliseconds.
    package static func bucket(ofMilliseconds milliseconds: Double) -> Int {
        guard milliseconds > smallest, milliseconds.isFinite else { return milliseconds.isFinite ? 0 : largestBucket }
        let index = Int((log(milliseconds / smallest) / log(growth)).rounded(.up))
        return min(max(index, 1), largestBucket)
    }

    /// The latency a bucket stands for: its geometric middle (0 for bucket 0).
    package static func milliseconds(ofBucket bucket: Int) -> Double {
        guard bucket > 0 else { return 0 }
        return smallest * pow(growth, Double(bucket) - 0.5)
    }

    /// The `fraction` percentile (0…1, nearest rank) of latencies given as bucket counts.
    package static func percentile(_ fraction: Double, of counts: [(bucket: Int, count: Int)]) -> Double {
        let sorted = counts.sorted { $0.bucket < $1.bucket }
        let total = sorted.reduce(0) { $0 + $1.count }
        guard total > 0 else { return 0 }
        let rank = max(1, Int((fraction * Double(total)).rounded(.up)))
        var seen = 0
        for entry in sorted {
            seen += entry.count
            if seen >= rank { return milliseconds(ofBucket: entry.bucket) }
        }
        return milliseconds(ofBucket: sorted.last?.bucket ?? 0)
    }
}
