import OrderedJSON
import WindsockModel

/// The span being normalised, and what the conventions have found so far.
///
/// Conventions run from the most to the least specific; each one only fills what is still unknown, so the first
/// convention that knows a field wins.
struct SpanBuilder {
    var span: Span
    let raw: RawSpan
    let origin: SpanOrigin
    var kind: SpanKind?
    var inputTokens: Int?
    var outputTokens: Int?
    var totalTokens: Int?
    var systemInstructions: JSONValue?
    /// Set by attributes that mark a failure without the OTLP status (`error.type`, `mistral_ai.error.*`, Langfuse).
    var attributeError: Bool = false
    var attributeErrorMessage: String?
    /// The message of the first `exception` event.
    var exceptionMessage: String?
    /// Whether the call streamed, when known.
    var streaming: Bool?

    init(raw: RawSpan, origin: SpanOrigin) {
        self.raw = raw
        self.origin = origin
        self.span = Span(
            traceID: raw.traceID, spanID: raw.spanID, parentSpanID: raw.parentSpanID, name: raw.name,
            startTime: raw.startTime, endTime: raw.endTime, serviceName: origin.serviceName,
            scopeName: origin.scopeName, attributes: raw.attributes, resourceAttributes: origin.resourceAttributes,
            events: raw.events
        )
    }

    /// Sets `slot` to `value` unless it already holds something; `value` is only evaluated when needed.
    static func fill<T>(_ slot: inout T?, _ value: @autoclosure () -> T?) {
        if slot == nil { slot = value() }
    }

    /// Adds a request parameter unless it is already known; empty strings, empty arrays and nulls are skipped
    /// (instrumentations write them for parameters the caller did not set).
    mutating func addParameter(_ key: String, _ value: JSONValue) {
        switch value {
        case .null: return
        case .string(let text) where text.isEmpty: return
        case .array(let elements) where elements.isEmpty: return
        default: break
        }
        if !span.parameters.contains(key) { span.parameters[key] = value }
    }

    /// Adds metadata members unless already known.
    mutating func addMetadata(_ object: JSONObject) {
        for member in object.members where !span.metadata.contains(member.key) {
            span.metadata[member.key] = member.value
        }
    }

    /// Adds tags, keeping the first occurrence of each.
    mutating func addTags(_ tags: [String]) {
        for tag in tags where !tag.isEmpty && !span.tags.contains(tag) {
            span.tags.append(tag)
        }
    }

    /// Records the operation and, when the kind is still unknown, the kind it implies.
    mutating func setOperation(_ operation: String?) {
        guard let operation else { return }
        Self.fill(&span.operation, operation)
        Self.fill(&kind, SpanKinds.fromOperation(operation))
    }

    /// Sets the input to chat messages when `value` is a message list, else to `value` itself.
    mutating func setChatInput(_ value: JSONValue?) {
        guard span.input == nil, let value, !Self.isEmpty(value) else { return }
        span.input = ChatMessages.messages(value).map(JSONValue.array) ?? value
    }

    /// Sets the output to chat messages when `value` is a message list or a completion response, else to `value`.
    mutating func setChatOutput(_ value: JSONValue?) {
        guard span.output == nil, let value, !Self.isEmpty(value) else { return }
        span.output = ChatMessages.outputMessages(value).map(JSONValue.array) ?? value
    }

    /// Marks a failure reported by attributes rather than the OTLP status.
    mutating func markError(_ message: String?) {
        attributeError = true
        Self.fill(&attributeErrorMessage, message)
    }

    static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.isEmpty
        case .array(let elements): elements.isEmpty
        default: false
        }
    }
}
