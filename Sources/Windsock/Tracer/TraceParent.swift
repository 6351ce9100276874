import WindsockModel

/// W3C Trace Context's `traceparent` header: `00-<trace id>-<parent span id>-<flags>`.
enum TraceParent {
    static let headerName = "traceparent"

    static func header(for context: WindsockSpanContext) -> String {
        "00-\(context.traceID.hex)-\(context.spanID.hex)-\(context.isSampled ? "01" : "00")"
    }

    /// The remote parent a header names; `nil` when it is malformed or uses the invalid all-zero ids.
    static func parse(_ header: String) -> WindsockSpanContext? {
        let parts = header.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0].count == 2, parts[0] != "ff", parts[3].count == 2,
            let traceID = TraceID(hex: parts[1]), let spanID = SpanID(hex: parts[2]),
            let flags = UInt8(parts[3], radix: 16)
        else { return nil }
        return WindsockSpanContext(
            traceID: traceID,
            spanID: spanID,
            parentSpanID: nil,
            isSampled: flags & 1 == 1,
            isRemote: true
        )
    }
}
