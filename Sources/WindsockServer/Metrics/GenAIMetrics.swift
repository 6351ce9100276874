import Prometheus
import WindsockModel
import WindsockStore

/// OpenTelemetry's GenAI client metrics, derived from ingested model-call spans (kinds `llm` and `embedding`, and
/// spans naming a model and reporting tokens):
/// `gen_ai_client_token_usage` (tokens, by model, operation and token type) and
/// `gen_ai_client_operation_duration_seconds` (by model and operation), with the buckets the GenAI semantic
/// conventions advise.
///
/// Two spans of one request that describe one call (an instrumentation's span around or beside the client
/// library's own, see ``ModelCallAccounting``) count once: the call's duration from the outermost, its tokens from
/// the outermost that reports them. That is worked out among the spans of one OTLP request; a duplicate sent in
/// another request counts again (Prometheus cannot take an observation back), unlike the REST API's metrics, which
/// are worked out from every stored span of the trace.
///
/// Model names come from clients: past ``maximumModels`` distinct names, further ones are counted as
/// `_other` (and likewise operation names) so that a misbehaving client cannot grow the registry without bound.
actor GenAIMetrics {
    /// The most distinct model labels kept.
    static let maximumModels = 200
    private static let tokenBuckets: [Double] = [
        1, 4, 16, 64, 256, 1024, 4096, 16_384, 65_536, 262_144, 1_048_576, 4_194_304, 16_777_216, 67_108_864,
    ]
    private static let durationBuckets: [Double] = [
        0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
    ]
    private static var tokenUsage: MetricNameDescriptor {
        MetricNameDescriptor(
            metricName: "gen_ai_client_token", unitName: "usage",
            helpText: "Tokens used by GenAI model calls (gen_ai.client.token.usage), from ingested spans.")
    }
    private static var operationDuration: MetricNameDescriptor {
        MetricNameDescriptor(
            metricName: "gen_ai_client_operation_duration", unitName: "seconds",
            helpText: "Duration of GenAI model calls (gen_ai.client.operation.duration), from ingested spans.")
    }

    private let registry: PrometheusCollectorRegistry
    private var models: Set<String> = []
    private var operations: Set<String> = []
    private var histograms: [HistogramKey: ValueHistogram] = [:]

    private struct HistogramKey: Hashable {
        var metric: String
        var model: String
        var operation: String
        var tokenType: String?
    }

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    /// Records the model calls among `spans` (the spans of one request).
    func record(_ spans: [Span]) {
        var modelCallsPerTrace: [TraceID: Int] = [:]
        for span in spans where Self.isModelCall(span) { modelCallsPerTrace[span.traceID, default: 0] += 1 }
        guard !modelCallsPerTrace.isEmpty else { return }
        // Only a trace with several model calls in the request can hold two spans of one call.
        let shared = Self.countedSpans(spans, traces: Set(modelCallsPerTrace.filter { $0.value > 1 }.keys))
        for span in spans where Self.isModelCall(span) {
            let isAlone = modelCallsPerTrace[span.traceID] == 1
            let key = SpanKey(traceID: span.traceID, spanID: span.spanID)
            let model = label(span.requestModel ?? span.responseModel ?? "unknown", in: &models)
            let operation = label(span.operation ?? (span.kind == .embedding ? "embeddings" : "chat"), in: &operations)
            if isAlone || shared.calls.contains(key) {
                histogram(Self.operationDuration, model: model, operation: operation, tokenType: nil)
                    .record(max(0, span.durationMs) / 1000)
            }
            guard isAlone || shared.usage.contains(key) else { continue }
            if let input = span.usage.inputTokens {
                histogram(Self.tokenUsage, model: model, operation: operation, tokenType: "input").record(Double(input))
            }
            if let output = span.usage.outputTokens {
                histogram(Self.tokenUsage, model: model, operation: operation, tokenType: "output")
                    .record(Double(output))
            }
        }
    }

    private struct SpanKey: Hashable {
        var traceID: TraceID
        var spanID: SpanID
    }

    private static func isModelCall(_ span: Span) -> Bool {
        SpanDigest.isModelCall(kind: span.kind, model: span.model, usage: span.usage)
    }

    /// In `traces` (each with several model calls in `spans`), the spans whose duration counts (`calls`) and
    /// whose tokens count (`usage`), as ``ModelCallAccounting`` works them out.
    private static func countedSpans(_ spans: [Span], traces: Set<TraceID>) -> (
        calls: Set<SpanKey>, usage: Set<SpanKey>
    ) {
        guard !traces.isEmpty else { return ([], []) }
        var digests: [TraceID: [SpanDigest]] = [:]
        for span in spans where traces.contains(span.traceID) {
            digests[span.traceID, default: []].append(SpanDigest(span: span))
        }
        var calls: Set<SpanKey> = []
        var usage: Set<SpanKey> = []
        for (traceID, trace) in digests {
            let accounting = ModelCallAccounting(trace)
            for call in accounting.calls { calls.insert(SpanKey(traceID: traceID, spanID: call.spanID)) }
            for counted in accounting.usage { usage.insert(SpanKey(traceID: traceID, spanID: counted.spanID)) }
        }
        return (calls, usage)
    }

    /// The histogram of one label set, made once and kept.
    private func histogram(
        _ descriptor: MetricNameDescriptor, model: String, operation: String, tokenType: String?
    ) -> ValueHistogram {
        let key = HistogramKey(metric: descriptor.name, model: model, operation: operation, tokenType: tokenType)
        if let existing = histograms[key] { return existing }
        var labels = [("gen_ai_request_model", model), ("gen_ai_operation_name", operation)]
        if let tokenType { labels.append(("gen_ai_token_type", tokenType)) }
        let made = registry.makeValueHistogram(
            descriptor: descriptor, labels: labels,
            buckets: tokenType == nil ? Self.durationBuckets : Self.tokenBuckets)
        histograms[key] = made
        return made
    }

    private func label(_ value: String, in known: inout Set<String>) -> String {
        if known.contains(value) { return value }
        guard known.count < Self.maximumModels else { return "_other" }
        known.insert(value)
        return value
    }
}
