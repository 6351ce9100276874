import MistralAI
import Tracing

/// Masks or drops content before a span leaves the process (and before the ring of recent traces keeps it).
///
/// It sees every attribute of every span and of its events; return the value to keep (changed or not), or `nil`
/// to drop the attribute.
public struct Redactor: Sendable {
    /// The transformation: attribute name and value in, value to keep out (`nil` drops it).
    public let transform: @Sendable (_ name: String, _ value: SpanAttribute) -> SpanAttribute?

    /// A redactor of your own.
    public init(_ transform: @escaping @Sendable (_ name: String, _ value: SpanAttribute) -> SpanAttribute?) {
        self.transform = transform
    }

    /// Drops these attributes.
    public static func dropping(_ names: Set<String>) -> Redactor {
        Redactor { name, value in names.contains(name) ? nil : value }
    }

    /// Replaces the values of these attributes with `replacement`.
    public static func masking(_ names: Set<String>, with replacement: String = "[REDACTED]") -> Redactor {
        Redactor { name, value in names.contains(name) ? .string(replacement) : value }
    }

    /// Replaces every occurrence of `secret` inside string values with `replacement`.
    public static func maskingOccurrences(of secret: String, with replacement: String = "[REDACTED]") -> Redactor {
        Redactor { _, value in
            guard !secret.isEmpty, case .string(let text) = value, text.contains(secret) else { return value }
            return .string(text.replacingOccurrences(of: secret, with: replacement))
        }
    }

    func apply(to attributes: SpanAttributes) -> SpanAttributes {
        var result = SpanAttributes()
        // SpanAttributes is not a Sequence.
        // swift-format-ignore: ReplaceForEachWithForLoop
        attributes.forEach { name, value in
            if let kept = transform(name, value) { result.set(name, value: kept) }
        }
        return result
    }
}

/// What content spans keep: the global capture switch, then the redactor.
struct ContentPolicy: Sendable {
    /// The attributes that hold prompts, completions, documents and other application content.
    static let contentAttributes: Set<String> = [
        GenAIAttributes.inputMessages, GenAIAttributes.outputMessages, GenAIAttributes.systemInstructions,
        GenAIAttributes.toolCallArguments, GenAIAttributes.toolCallResult,
        WindsockAttributes.input, WindsockAttributes.output, WindsockAttributes.traceInput,
        WindsockAttributes.traceOutput,
        WindsockAttributes.promptVariables, WindsockAttributes.fimPrompt, WindsockAttributes.fimSuffix,
    ]

    var captureContent: Bool
    var redactor: Redactor?

    var isPassThrough: Bool { captureContent && redactor == nil }

    func apply(to span: inout RecordedSpan) {
        guard !isPassThrough else { return }
        if !captureContent {
            for name in Self.contentAttributes where span.attributes.get(name) != nil {
                span.attributes.set(name, value: nil)
            }
        }
        guard let redactor else { return }
        span.attributes = redactor.apply(to: span.attributes)
        span.events = span.events.map { event in
            var event = event
            event.attributes = redactor.apply(to: event.attributes)
            return event
        }
    }
}
