import Tracing

/// What a tracer's span can offer the Mistral client beyond swift-distributed-tracing's `Span`, so that tracing
/// a call costs less. Windsock's spans conform; any other tracer's spans work as they are.
public protocol MistralTracingSpan: Span {
    /// Whether the tracer keeps prompts, completions and other content; when `false`, the client does not build
    /// them at all (``MistralTracingOptions/captureContent`` can only turn capture off, never on).
    var capturesContent: Bool { get }

    /// Adds `attributes` in place, replacing those of the same name (cheaper than `updateAttributes`, which copies
    /// the attributes out and back).
    func mergeAttributes(_ attributes: SpanAttributes)
}

extension Span {
    /// Adds `attributes` to the span, in place when the span supports it.
    func merge(_ attributes: SpanAttributes) {
        if let span = self as? any MistralTracingSpan {
            span.mergeAttributes(attributes)
        } else {
            updateAttributes { existing in
                if existing.isEmpty { existing = attributes } else { existing.merge(attributes) }
            }
        }
    }
}
