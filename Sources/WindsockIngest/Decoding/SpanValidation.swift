import WindsockModel

/// The checks every span passes before it is kept: ids of the right length and not all zero, times in range,
/// a bounded number of attributes and events.
enum SpanValidation {
    /// The most attributes one span (or one of its events) may carry. OpenTelemetry SDKs keep 128 by default;
    /// instrumentations that flatten long conversations into `gen_ai.prompt.N.*` stay far below this.
    static let maximumAttributes = 10_000
    /// The most events one span may carry.
    static let maximumEvents = 10_000

    /// Checks the span's attribute count, its event count and the attribute count of its largest event.
    static func counts(attributes: Int, events: Int, eventAttributes: Int) throws(SpanRejection) {
        guard attributes <= maximumAttributes else {
            throw SpanRejection(reason: "\(attributes) attributes is more than the limit of \(maximumAttributes)")
        }
        guard eventAttributes <= maximumAttributes else {
            throw SpanRejection(
                reason: "an event with \(eventAttributes) attributes is more than the limit of \(maximumAttributes)")
        }
        guard events <= maximumEvents else {
            throw SpanRejection(reason: "\(events) events is more than the limit of \(maximumEvents)")
        }
    }

    static func traceID(_ bytes: some Collection<UInt8>) throws(SpanRejection) -> TraceID {
        guard bytes.count == 16 else {
            throw SpanRejection(reason: "trace_id must be 16 bytes, got \(bytes.count)")
        }
        let (high, low) = (integer(bytes.prefix(8)), integer(bytes.dropFirst(8)))
        guard high != 0 || low != 0 else { throw SpanRejection(reason: "trace_id is all zero") }
        return TraceID(high: high, low: low)
    }

    static func spanID(_ bytes: some Collection<UInt8>) throws(SpanRejection) -> SpanID {
        guard bytes.count == 8 else { throw SpanRejection(reason: "span_id must be 8 bytes, got \(bytes.count)") }
        let value = integer(bytes)
        guard value != 0 else { throw SpanRejection(reason: "span_id is all zero") }
        return SpanID(value)
    }

    /// The parent id; empty or all-zero means no parent.
    static func parentSpanID(_ bytes: some Collection<UInt8>) throws(SpanRejection) -> SpanID? {
        if bytes.isEmpty { return nil }
        guard bytes.count == 8 else {
            throw SpanRejection(reason: "parent_span_id must be empty or 8 bytes, got \(bytes.count)")
        }
        let value = integer(bytes)
        return value == 0 ? nil : SpanID(value)
    }

    /// The big-endian integer of up to 8 bytes.
    private static func integer(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte) }
        return value
    }

    static func times(start: UInt64, end: UInt64) throws(SpanRejection) -> (Timestamp, Timestamp) {
        guard start > 0 else { throw SpanRejection(reason: "start_time_unix_nano is missing") }
        guard start <= UInt64(Int64.max), end <= UInt64(Int64.max) else {
            throw SpanRejection(reason: "timestamp out of range (after 2262)")
        }
        guard end >= start else {
            throw SpanRejection(reason: "end_time_unix_nano (\(end)) is before start_time_unix_nano (\(start))")
        }
        return (Timestamp(nanosecondsSinceEpoch: Int64(start)), Timestamp(nanosecondsSinceEpoch: Int64(end)))
    }
}
