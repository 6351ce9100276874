import Prometheus

/// The server's Prometheus metrics, served at `/metrics` in the text exposition format.
///
/// Ingest: requests by status, spans accepted and rejected, batch commit latency, writes in flight. GenAI
/// (OpenTelemetry's GenAI client metrics, derived from ingested model-call spans): `gen_ai_client_token_usage`
/// and `gen_ai_client_operation_duration_seconds`.
public struct ServerMetrics: Sendable {
    /// The registry every metric is kept in.
    public let registry: PrometheusCollectorRegistry
    let spansAccepted: Counter
    let spansRejected: Counter
    let commitLatency: DurationHistogram
    let queueDepth: Gauge
    let genAI: GenAIMetrics

    /// Creates the metrics in a new registry (or in `registry`).
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        spansAccepted = registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "windsock", metricName: "ingest_spans_accepted", unitName: "total",
                helpText: "Spans accepted by POST /v1/traces (stored, including re-deliveries)."))
        spansRejected = registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "windsock", metricName: "ingest_spans_rejected", unitName: "total",
                helpText: "Spans rejected as invalid by POST /v1/traces (reported in partial_success)."))
        commitLatency = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "windsock", metricName: "ingest_batch_commit", unitName: "seconds",
                helpText: "Time from handing a batch to the store until it was durably committed."),
            buckets: [
                .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
                .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
            ])
        queueDepth = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "windsock", metricName: "ingest_queue_depth", unitName: "",
                helpText: "Batches handed to the store and not yet committed."))
        genAI = GenAIMetrics(registry: registry)
    }

    /// Counts one `POST /v1/traces` answered with `status`.
    func countIngestRequest(status: Int) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "windsock", metricName: "ingest_requests", unitName: "total",
                helpText: "OTLP trace export requests, by HTTP status."),
            labels: [("status", String(status))]
        ).increment()
    }

    /// The exposition text.
    public func render() -> [UInt8] {
        registry.emitToBuffer()
    }
}
