import WindsockModel

/// The checks every span passes before it is kept: ids of the right length and not all zero, times in range.
enum SpanValidation {
    static func traceID(_ bytes: some Collection<UInt8>) throws(SpanRejection) -> TraceID {
        guard bytes.count == 16 else {
            throw SpanRejection(reason: "trace_id must be 16 bytes, got \(bytes.count)")
        }
        guard let id = TraceID(bytes: bytes) else { throw SpanRejection(reason: "trace_id is all zero") }
        return id
    }

    static func spanID(_ bytes: some Collection<UInt8>) throws(SpanRejection) -> SpanID {
        guard bytes.count == 8 else { throw SpanRejection(reason: "span_id must be 8 bytes, got \(bytes.count)") }
        guard let id = SpanID(bytes: bytes) else { throw SpanRejection(reason: "span_id is all zero") }
        return id
    }

    /// The parent id; empty or all-zero means no parent.
    static func parentSpanID(_ bytes: some Collection<UInt8>) throws(SpanRejection) -> SpanID? {
        if bytes.isEmpty { return nil }
        guard bytes.count == 8 else {
            throw SpanRejection(reason: "parent_span_id must be empty or 8 bytes, got \(bytes.count)")
        }
        return SpanID(bytes: bytes)
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
