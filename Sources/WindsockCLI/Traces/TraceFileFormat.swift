import ArgumentParser

/// The file formats `windsock traces export` writes and `windsock import` reads.
enum TraceFileFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// One trace per line, as `GET /api/v1/traces/{trace_id}` answers it (with its spans and scores).
    case jsonl
    /// OTLP/JSON: one `ExportTraceServiceRequest` per line (one per trace), what the OpenTelemetry Collector's
    /// file exporter writes; any OTLP/HTTP backend accepts each line as a request body.
    case otlp
}
