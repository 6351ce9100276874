import OpenTelemetryProto
import OrderedJSON
import WindsockModel

/// Turns spans of any instrumentation into Windsock's one trace model.
///
/// Conventions are read from the most to the least specific, and the first that knows a field wins: Windsock's
/// own `windsock.*`, Langfuse, the OpenTelemetry GenAI conventions (with OpenLIT's and Mistral's variants),
/// OpenInference, OpenLLMetry, MLflow, the Mistral SDK's 1.x tracing, then span events and the attributes several
/// libraries share. Every attribute is also kept as it came in ``Span/attributes``.
public struct SpanNormalizer: Sendable {
    /// The prices used for spans that carry no cost.
    public var prices: PriceTable

    /// Creates a normaliser that prices calls with `prices`.
    public init(prices: PriceTable = .mistral) {
        self.prices = prices
    }

    /// Normalises one checked span.
    public func normalize(_ span: RawSpan, origin: SpanOrigin) -> Span {
        var builder = SpanBuilder(raw: span, origin: origin)
        let attributes = AttributeIndex(span.attributes)
        builder.applyWindsock(attributes)
        builder.applyLangfuse(attributes)
        builder.applyGenAI(attributes)
        builder.applyOpenInference(attributes)
        builder.applyOpenLLMetry(attributes)
        builder.applyMLflow(attributes)
        builder.applyMistralSDK(attributes)
        builder.applyEvents()
        builder.applyCommon(attributes)
        return builder.finish(prices: prices)
    }

    /// Checks and normalises one protobuf span of `scope` in `resource` (as the Swift SDK's exporter holds them).
    public func normalize(
        _ span: Opentelemetry_Proto_Trace_V1_Span, resource: Opentelemetry_Proto_Resource_V1_Resource,
        scope: Opentelemetry_Proto_Common_V1_InstrumentationScope
    ) throws(SpanRejection) -> Span {
        normalize(try RawSpan(span), origin: SpanOrigin(resource: resource, scope: scope))
    }
}
