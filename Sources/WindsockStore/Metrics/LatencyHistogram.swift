/// Counts of model calls per latency bucket (see ``LatencyBuckets``), stored as text: `bucket:count,…`.
package struct LatencyHistogram: Equatable, Sendable {
    /// Calls per bucket.
    package private(set) var counts: [Int: Int] = [:]

    package init() {}

    /// Reads the stored text; malformed entries are skipped.
    package init(text: String) {
        Self.forEachEntry(in: text) { bucket, count in counts[bucket, default: 0] += count }
    }

    /// Calls `body` with each `bucket:count` entry of stored text, skipping malformed ones; reads bytes, as
    /// metrics over a day parse thousands of these.
    package static func forEachEntry(in text: String, _ body: (_ bucket: Int, _ count: Int) -> Void) {
        var bucket = 0
        var count = 0
        var digits = 0
        var inCount = false
        var valid = true
        func finish() {
            if valid, inCount, digits > 0 { body(bucket, count) }
            bucket = 0
            count = 0
            digits = 0
            inCount = false
            valid = true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                if inCount {
                    count = count &* 10 &+ digit
                    digits += 1
                } else {
                    bucket = bucket &* 10 &+ digit
                }
                valid = valid && digits < 19
            case UInt8(ascii: ":"):
                valid = valid && !inCount
                inCount = true
            case UInt8(ascii: ","):
                finish()
            default:
                valid = false
            }
        }
        finish()
    }

    /// Counts one call of `milliseconds`.
    package mutating func record(milliseconds: Double) {
        counts[LatencyBuckets.bucket(ofMilliseconds: milliseconds), default: 0] += 1
    }

    /// Adds another histogram's counts (which may be negative, from ``subtract(_:)``); empty buckets are dropped.
    package mutating func merge(_ other: LatencyHistogram) {
        counts.merge(other.counts, uniquingKeysWith: +)
        counts = counts.filter { $0.value != 0 }
    }

    /// Takes another histogram's counts away (a bucket may go negative in a delta).
    package mutating func subtract(_ other: LatencyHistogram) {
        for (bucket, count) in other.counts {
            counts[bucket, default: 0] -= count
        }
        counts = counts.filter { $0.value != 0 }
    }

    /// Drops buckets whose count went below one.
    package mutating func dropNegativeBuckets() {
        counts = counts.filter { $0.value > 0 }
    }

    /// The stored text, buckets in order.
    package var text: String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
    }
}
