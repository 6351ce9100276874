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

    /// Changes the attributes in place, under the span's own synchronisation: `body` sees the span's attributes
    /// and its changes are the span's (cheaper than `updateAttributes`, which copies them out and back, and than
    /// building attributes apart to merge them).
    func editAttributes(_ body: (inout SpanAttributes) -> Void)
}

extension MistralTracingSpan {
    /// Builds the changes apart and merges them: for conforming spans that do not edit in place. `body` sees none
    /// of the span's attributes, only its own changes.
    public func editAttributes(_ body: (inout SpanAttributes) -> Void) {
        var attributes = SpanAttributes()
        body(&attributes)
        if !attributes.isEmpty { mergeAttributes(attributes) }
    }
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

    /// Changes the span's attributes in place when the span supports it, else through `updateAttributes`.
    func edit(_ body: (inout SpanAttributes) -> Void) {
        if let span = self as? any MistralTracingSpan {
            span.editAttributes(body)
        } else {
            updateAttributes(body)
        }
    }
}
