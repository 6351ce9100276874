import Foundation

/// A point in time with OpenTelemetry's precision: nanoseconds since the Unix epoch.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Nanoseconds since 1970-01-01T00:00:00Z.
    public var nanosecondsSinceEpoch: Int64

    /// Creates a timestamp from nanoseconds since the Unix epoch.
    public init(nanosecondsSinceEpoch: Int64) {
        self.nanosecondsSinceEpoch = nanosecondsSinceEpoch
    }

    /// Creates a timestamp from a date (to the nearest nanosecond that a `Double` holds).
    public init(_ date: Date) {
        self.nanosecondsSinceEpoch = Int64((date.timeIntervalSince1970 * 1e9).rounded())
    }

    /// The date.
    public var date: Date {
        Date(timeIntervalSince1970: Double(nanosecondsSinceEpoch) / 1e9)
    }

    /// Milliseconds from `self` to `later` (negative when `later` is earlier).
    public func milliseconds(to later: Timestamp) -> Double {
        Double(later.nanosecondsSinceEpoch - nanosecondsSinceEpoch) / 1e6
    }

    public var description: String { date.formatted(.iso8601) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.nanosecondsSinceEpoch < rhs.nanosecondsSinceEpoch
    }
}
