import OrderedJSON
import WindsockModel

/// What span events carry: legacy GenAI content events (`gen_ai.content.prompt`/`completion`,
/// `gen_ai.{system,user,assistant,tool}.message`, `gen_ai.choice`), the `gen_ai.client.inference.operation.details`
/// event, OpenInference's `First Token Stream Event`, and exceptions (for the error message).
extension SpanBuilder {
    mutating func applyEvents() {
        guard !raw.events.isEmpty else { return }
        var inputMessages: [JSONValue] = []
        var outputMessages: [JSONValue] = []
        for event in raw.events {
            switch event.name {
            case "gen_ai.content.prompt":
                let attributes = AttributeIndex(event.attributes)
                setChatInput(
                    Self.structured(attributes, "gen_ai.input.messages")
                        ?? Self.structured(attributes, "gen_ai.prompt"))
            case "gen_ai.content.completion":
                let attributes = AttributeIndex(event.attributes)
                setChatOutput(
                    Self.structured(attributes, "gen_ai.output.messages")
                        ?? Self.structured(attributes, "gen_ai.completion"))
            case "gen_ai.system.message", "gen_ai.user.message", "gen_ai.assistant.message", "gen_ai.tool.message":
                let role = event.name.dropFirst("gen_ai.".count).dropLast(".message".count)
                if let message = Self.eventMessage(event.attributes, role: String(role)) {
                    inputMessages.append(.object(message))
                }
            case "gen_ai.choice":
                let body = EmbeddedJSON.decoded(event.attributes.present("message") ?? .object(JSONObject()))
                var message = body.objectValue ?? JSONObject()
                if message["role"] == nil { message["role"] = "assistant" }
                if let converted = ChatMessages.message(
                    .object(message), finishReason: event.attributes.present("finish_reason"))
                {
                    outputMessages.append(.object(converted))
                }
            case "gen_ai.client.inference.operation.details":
                applyGenAI(AttributeIndex(event.attributes))
            case "First Token Stream Event":
                Self.fill(&span.timeToFirstTokenMs, span.startTime.milliseconds(to: event.time))
            case "exception":
                if let message = event.attributes.present("exception.message")?.stringValue, !message.isEmpty {
                    Self.fill(&exceptionMessage, message)
                }
            default:
                continue
            }
        }
        if !inputMessages.isEmpty { setChatInput(.array(inputMessages)) }
        if !outputMessages.isEmpty { setChatOutput(.array(outputMessages)) }
    }

    /// A legacy per-message event: `content`, `tool_calls`, and `id` (the tool call a tool message answers).
    private static func eventMessage(_ attributes: JSONObject, role: String) -> JSONObject? {
        var message = JSONObject()
        message["role"] = attributes.present("role") ?? .string(role)
        if let content = attributes.present("content") { message["content"] = content }
        if let calls = attributes.present("tool_calls") { message["tool_calls"] = EmbeddedJSON.decoded(calls) }
        if let id = attributes.present("id") ?? attributes.present("tool_call_id") { message["tool_call_id"] = id }
        return ChatMessages.message(.object(message), finishReason: nil)
    }
}
