/// Whether a span or a trace succeeded. OpenTelemetry's `UNSET` counts as `ok`.
public enum SpanStatus: String, CaseIterable, Hashable, Sendable {
    /// Succeeded, or not marked as failed.
    case ok
    /// Failed.
    case error
}
