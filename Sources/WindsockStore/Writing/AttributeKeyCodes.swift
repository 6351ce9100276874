import OrderedJSON

/// Short codes for well-known attribute names in stored span details (version 2, ``SpanDetail``): `~N` stands
/// for the N-th name of ``names``; a name of the span's own that begins with `~` is stored with a second `~`
/// in front. The GenAI conventions' names are most of a chat span's detail, and a span repeats them all.
///
/// The list only ever grows at its end: a code, once written, names the same attribute forever.
enum AttributeKeyCodes {
    static let names = [
        "gen_ai.provider.name", "gen_ai.system", "gen_ai.operation.name", "gen_ai.request.model",
        "gen_ai.response.model", "gen_ai.response.id", "gen_ai.response.finish_reasons",
        "gen_ai.request.temperature", "gen_ai.request.max_tokens", "gen_ai.request.top_p", "gen_ai.request.seed",
        "gen_ai.request.stop_sequences", "gen_ai.request.frequency_penalty", "gen_ai.request.presence_penalty",
        "gen_ai.request.stream", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens",
        "gen_ai.usage.total_tokens", "gen_ai.usage.prompt_tokens", "gen_ai.usage.completion_tokens",
        "gen_ai.usage.cost", "gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions",
        "gen_ai.tool.definitions", "gen_ai.tool.name", "gen_ai.tool.call.id", "gen_ai.tool.call.arguments",
        "gen_ai.tool.call.result", "gen_ai.conversation.id", "gen_ai.server.time_to_first_token",
        "server.address", "server.port", "user.id", "session.id", "http.request.method", "http.route",
        "http.response.status_code", "error.type", "input.value", "output.value", "input.mime_type",
        "output.mime_type", "openinference.span.kind", "llm.model_name", "llm.token_count.prompt",
        "llm.token_count.completion", "llm.token_count.total", "windsock.cost_usd",
        "windsock.time_to_first_token_ms", "windsock.trace.name", "windsock.user.id", "windsock.session.id",
        "windsock.tags", "windsock.span.kind", "windsock.input", "windsock.output", "windsock.metadata",
    ]

    private static let codes = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, "~\($0)") })
    private static let marker = UInt8(ascii: "~")

    /// `attributes` with well-known names replaced by their codes.
    static func encode(_ attributes: JSONObject) -> JSONObject {
        var encoded = JSONObject()
        for member in attributes.members {
            encoded[code(of: member.key)] = member.value
        }
        return encoded
    }

    /// The attributes that ``encode(_:)`` coded, with their names.
    static func decode(_ stored: JSONObject) -> JSONObject {
        var attributes = JSONObject()
        for member in stored.members {
            attributes[name(of: member.key)] = member.value
        }
        return attributes
    }

    private static func code(of name: String) -> String {
        if let code = codes[name] { return code }
        return name.utf8.first == marker ? "~" + name : name
    }

    private static func name(of key: String) -> String {
        guard key.utf8.first == marker else { return key }
        let rest = key.dropFirst()
        if rest.utf8.first == marker { return String(rest) }
        guard let index = Int(rest), names.indices.contains(index) else { return key }
        return names[index]
    }
}
