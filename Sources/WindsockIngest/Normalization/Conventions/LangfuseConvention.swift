import Foundation
import OrderedJSON
import WindsockModel

/// Langfuse's OpenTelemetry attributes: `langfuse.observation.*` (type, input, output, model, usage and cost
/// details, model parameters, prompt, metadata, level, completion start) and `langfuse.trace.*` (name, user, session,
/// tags, metadata).
extension SpanBuilder {
    mutating func applyLangfuse(_ attributes: AttributeIndex) {
        guard attributes.has(.langfuse) else { return }
        if let type = attributes.string("langfuse.observation.type") {
            Self.fill(&kind, SpanKinds.fromLangfuse(type))
        }
        Self.fill(&span.requestModel, attributes.string("langfuse.observation.model.name"))
        if case .object(let parameters)? = attributes.json("langfuse.observation.model.parameters") {
            for member in parameters.members { addParameter(member.key, EmbeddedJSON.decoded(member.value)) }
        }
        if case .object(let usage)? = attributes.json("langfuse.observation.usage_details") {
            Self.fill(&inputTokens, Self.first(usage, ["input", "prompt_tokens", "input_tokens"])?.intValue)
            Self.fill(&outputTokens, Self.first(usage, ["output", "completion_tokens", "output_tokens"])?.intValue)
            Self.fill(&totalTokens, Self.first(usage, ["total", "total_tokens"])?.intValue)
        }
        if case .object(let costs)? = attributes.json("langfuse.observation.cost_details") {
            let total = costs.present("total")?.doubleValue
            let parts = costs.members.compactMap { $0.key == "total" ? nil : $0.value.doubleValue }
            Self.fill(&span.costUSD, total ?? (parts.isEmpty ? nil : parts.reduce(0, +)))
        }
        let prompt = PromptReference(
            name: attributes.string("langfuse.observation.prompt.name"),
            version: attributes.string("langfuse.observation.prompt.version")
        )
        if !prompt.isEmpty { Self.fill(&span.prompt, prompt) }
        if attributes.string("langfuse.observation.level")?.uppercased() == "ERROR" {
            markError(attributes.string("langfuse.observation.status_message"))
        }
        if let text = attributes.jsonOrText("langfuse.observation.completion_start_time")?.stringValue,
            let date = Self.date(text)
        {
            Self.fill(&span.timeToFirstTokenMs, span.startTime.milliseconds(to: Timestamp(date)))
        }
        let input = attributes.jsonOrText("langfuse.observation.input")
        let output = attributes.jsonOrText("langfuse.observation.output")
        if kind == .llm {
            if let input, let messages = ChatMessages.messages(input) {
                setChatInput(.array(messages))
            } else if case .object(let request)? = input,
                let messages = request.present("messages").flatMap(ChatMessages.messages)
            {
                setChatInput(.array(messages))
            }
            if let output, let messages = ChatMessages.outputMessages(output) { setChatOutput(.array(messages)) }
        }
        Self.fill(&span.input, input)
        Self.fill(&span.output, output)

        Self.fill(&span.traceName, attributes.string("langfuse.trace.name"))
        Self.fill(
            &span.userID, attributes.string("langfuse.user.id") ?? attributes.string("langfuse.trace.user_id"))
        Self.fill(
            &span.sessionID,
            attributes.string("langfuse.session.id") ?? attributes.string("langfuse.trace.session_id"))
        addTags(attributes.strings("langfuse.trace.tags") ?? [])
        for prefix in ["langfuse.observation.metadata", "langfuse.trace.metadata"] {
            if case .object(let metadata)? = attributes.json(prefix) { addMetadata(metadata) }
            for member in attributes.ordered.members where member.key.hasPrefix(prefix + ".") {
                let key = String(member.key.dropFirst(prefix.count + 1))
                addMetadata(JSONObject([(key, EmbeddedJSON.decoded(member.value))]))
            }
        }
    }

    private static func first(_ object: JSONObject, _ keys: [String]) -> JSONValue? {
        for key in keys {
            if let value = object.present(key) { return value }
        }
        return nil
    }

    /// An ISO 8601 date with or without fractional seconds.
    private static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
