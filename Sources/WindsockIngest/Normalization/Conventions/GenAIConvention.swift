import OrderedJSON
import WindsockModel

/// The OpenTelemetry GenAI semantic conventions, current and deprecated names, as sent by Mistral's own SDK tracing,
/// OpenLIT, MLflow's GenAI mode, OpenLLMetry's shared attributes, and `gen_ai.client.inference.operation.details`.
extension SpanBuilder {
    private static let requestPrefix = "gen_ai.request."
    private static let openAIRequestPrefix = "gen_ai.openai.request."

    mutating func applyGenAI(_ attributes: AttributeIndex) {
        guard attributes.has(.genAI) else { return }
        if let provider = attributes.string("gen_ai.provider.name") ?? attributes.string("gen_ai.system") {
            Self.fill(&span.provider, SpanKinds.provider(provider))
        }
        setOperation(attributes.string("gen_ai.operation.name"))
        Self.fill(&span.requestModel, attributes.string("gen_ai.request.model"))
        Self.fill(&span.responseModel, attributes.string("gen_ai.response.model"))
        Self.fill(&span.responseID, attributes.string("gen_ai.response.id"))
        Self.fill(
            &inputTokens, attributes.int("gen_ai.usage.input_tokens") ?? attributes.int("gen_ai.usage.prompt_tokens"))
        Self.fill(
            &outputTokens,
            attributes.int("gen_ai.usage.output_tokens") ?? attributes.int("gen_ai.usage.completion_tokens"))
        Self.fill(
            &totalTokens, attributes.int("gen_ai.usage.total_tokens") ?? attributes.int("gen_ai.client.token.usage"))
        Self.fill(&span.costUSD, attributes.double("gen_ai.usage.cost"))
        Self.fill(&streaming, attributes.bool("gen_ai.request.stream"))
        if streaming != false, let seconds = attributes.double("gen_ai.server.time_to_first_token") {
            Self.fill(&span.timeToFirstTokenMs, seconds * 1000)
        }
        Self.fill(&span.sessionID, attributes.string("gen_ai.conversation.id"))
        Self.fill(&span.toolDefinitions, attributes.json("gen_ai.tool.definitions"))
        Self.fill(&systemInstructions, attributes.jsonOrText("gen_ai.system_instructions"))
        if span.finishReasons.isEmpty, let reasons = attributes.strings("gen_ai.response.finish_reasons") {
            span.finishReasons = reasons
        }

        setChatInput(
            Self.structured(attributes, "gen_ai.input.messages") ?? Self.structured(attributes, "gen_ai.prompt"))
        setChatOutput(
            Self.structured(attributes, "gen_ai.output.messages") ?? Self.structured(attributes, "gen_ai.completion"))
        if span.operation == "execute_tool" || kind == .tool {
            Self.fill(&span.input, attributes.jsonOrText("gen_ai.tool.call.arguments"))
            Self.fill(&span.output, attributes.jsonOrText("gen_ai.tool.call.result"))
        }
        applyGenAIParameters(attributes)
    }

    /// A value that is JSON (structured, or JSON text), or a Python literal (OpenLIT writes embedding inputs as
    /// `['a', 'b']`); plain text stays a string.
    static func structured(_ attributes: AttributeIndex, _ key: String) -> JSONValue? {
        guard let value = attributes[key] else { return nil }
        if case .string(let text) = value {
            if let json = EmbeddedJSON.parse(text) { return json }
            if text.hasPrefix("[") || text.hasPrefix("{"), let literal = PythonReprParser.parse(text) { return literal }
        }
        return value
    }

    private mutating func applyGenAIParameters(_ attributes: AttributeIndex) {
        var isOpenLIT: Bool?
        for member in attributes.ordered.members {
            let key = member.key
            let value = member.value
            let name: Substring
            if key.utf8.starts(with: Self.requestPrefix.utf8) {
                name = key.dropFirst(Self.requestPrefix.count)
            } else if key.utf8.starts(with: Self.openAIRequestPrefix.utf8) {
                name = key.dropFirst(Self.openAIRequestPrefix.count)
            } else {
                continue
            }
            if name == "model" { continue }
            if isOpenLIT == nil { isOpenLIT = attributes.string("telemetry.sdk.name") == "openlit" || isFromOpenLIT }
            if isOpenLIT == true && Self.isOpenLITDefault(name, value) { continue }
            addParameter(GenAIParameterName.parameter(forRequestAttribute: name), value)
        }
    }

    /// Whether the span comes from OpenLIT, which fills in request parameters the caller never set.
    var isFromOpenLIT: Bool {
        origin.scopeName?.hasPrefix("openlit") == true
            || origin.resourceAttributes["telemetry.sdk.name"]?.stringValue == "openlit"
    }

    /// OpenLIT's invented values: temperature 0.3, max_tokens -1, top_p 1.0 (sent even when the caller chose
    /// another), top_k 1.0 (Mistral has none), zero penalties, an empty seed.
    private static func isOpenLITDefault(_ name: Substring, _ value: JSONValue) -> Bool {
        switch name {
        case "temperature": value.doubleValue == 0.3
        case "max_tokens": value.intValue == -1
        case "top_p", "top_k": true
        case "frequency_penalty", "presence_penalty": value.doubleValue == 0
        case "seed": value.stringValue?.isEmpty ?? false
        default: false
        }
    }
}
