import WindsockStoreSQLite

/// Where Windsock sends finished spans.
public enum WindsockDestination: Sendable {
    /// The embedded store: a SQLite file (by default `./.windsock/windsock.sqlite`) that `windsock server` opens.
    case embeddedStore(SQLiteStoreConfiguration)
    /// OTLP/HTTP to a Windsock server or any OpenTelemetry backend.
    case otlp(OTLPExporterConfiguration)
    /// Readable lines on standard output.
    case console
    /// An exporter of your own (or ``InMemorySpanExporter`` in tests).
    case exporter(any SpanExporter)
    /// Nowhere: spans are only kept in the ring of recent traces.
    case none
}
