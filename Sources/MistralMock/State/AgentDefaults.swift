import OrderedJSON

/// Defaults the API fills into agents and conversations.
enum AgentDefaults {
    /// `completion_args` with every `CompletionArgs` field, `given` values overriding the defaults.
    static func completionArgs(_ given: JSONObject) -> JSONObject {
        var result = JSONObject([
            ("stop", .null), ("presence_penalty", .null), ("frequency_penalty", .null), ("temperature", .null),
            ("top_p", .null), ("max_tokens", .null), ("random_seed", .null), ("prediction", .null),
            ("response_format", .null), ("tool_choice", "auto"), ("reasoning_effort", .null),
        ])
        for member in given.members {
            result[member.key] = member.value
        }
        return result
    }
}
