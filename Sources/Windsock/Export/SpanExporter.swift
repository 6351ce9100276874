/// Where finished spans go: OTLP/HTTP, the embedded store, the console, memory.
///
/// The batch processor calls ``export(_:)`` from one task at a time, off the application's path. An error
/// counts the batch's spans as failed; it never reaches the application.
public protocol SpanExporter: Sendable {
    /// Delivers one batch (retrying as the exporter sees fit) or throws.
    func export(_ spans: [RecordedSpan]) async throws
    /// Delivers anything the exporter itself still holds.
    func forceFlush() async
    /// Releases the exporter's resources; no export follows.
    func shutdown() async
}

extension SpanExporter {
    public func forceFlush() async {}
    public func shutdown() async {}
}
