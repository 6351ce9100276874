import Prometheus
import WindsockModel

/// OpenTelemetry's GenAI client metrics, derived from ingested model-call spans (kinds `llm` and `embedding`):
/// `gen_ai_client_token_usage` (tokens, by model, operation and token type) and
/// `gen_ai_client_operation_duration_seconds` (by model and operation), with the buckets the GenAI semantic
/// conventions advise.
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

    /// Records the model calls among `spans`.
    func record(_ spans: [Span]) {
        for span in spans where span.kind == .llm || span.kind == .embedding {
            let model = label(span.requestModel ?? span.responseModel ?? "unknown", in: &models)
            let operation = label(span.operation ?? (span.kind == .embedding ? "embeddings" : "chat"), in: &operations)
            histogram(Self.operationDuration, model: model, operation: operation, tokenType: nil)
                .record(max(0, span.durationMs) / 1000)
            if let input = span.usage.inputTokens {
                histogram(Self.tokenUsage, model: model, operation: operation, tokenType: "input").record(Double(input))
            }
            if let output = span.usage.outputTokens {
                histogram(Self.tokenUsage, model: model, operation: operation, tokenType: "output")
                    .record(Double(output))
            }
        }
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
