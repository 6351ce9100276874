/// Counts of model calls per latency bucket (see ``LatencyBuckets``), stored as text: `bucket:count,…`.
package struct LatencyHistogram: Equatable, Sendable {
    /// Calls per bucket.
    package private(set) var counts: [Int: Int] = [:]

    package init() {}

    /// Reads the stored text; malformed entries are skipped.
    package init(text: String) {
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: ":")
            guard parts.count == 2, let bucket = Int(parts[0]), let count = Int(parts[1]) else { continue }
            counts[bucket, default: 0] += count
        }
    }

    /// Counts one call of `milliseconds`.
    package mutating func record(milliseconds: Double) {
        counts[LatencyBuckets.bucket(ofMilliseconds: milliseconds), default: 0] += 1
    }

    /// Adds another histogram's counts.
    package mutating func merge(_ other: LatencyHistogram) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// The `fraction` percentile (0…1) in milliseconds.
    package func percentile(_ fraction: Double) -> Double {
        LatencyBuckets.percentile(fraction, of: counts.map { (bucket: $0.key, count: $0.value) })
    }

    /// The stored text, buckets in order.
    package var text: String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
    }
}
