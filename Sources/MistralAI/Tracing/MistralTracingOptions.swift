/// How a ``Mistral`` client traces its calls through swift-distributed-tracing.
///
/// Tracing is on by default and costs nothing until a tracer is bootstrapped (or bound with `withTracer`):
/// the client asks the active tracer for a span and, when the span does not record, builds no attribute.
public struct MistralTracingOptions: Sendable, Hashable {
    /// Whether the client makes a span for every call.
    public var isEnabled: Bool
    /// Whether prompts, completions, tool arguments and other content are recorded
    /// (`gen_ai.input.messages`, `gen_ai.output.messages`, …). Parameters, usage and ids are recorded either way.
    public var captureContent: Bool

    /// Creates options.
    public init(isEnabled: Bool = true, captureContent: Bool = true) {
        self.isEnabled = isEnabled
        self.captureContent = captureContent
    }

    /// No spans.
    public static let disabled = MistralTracingOptions(isEnabled: false)
}
