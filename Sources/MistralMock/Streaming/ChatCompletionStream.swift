import OrderedJSON

/// The streamed form of a chat (or FIM, or agents) completion.
///
/// For each choice: a first chunk with the delta `{"role":"assistant","content":""}`, then one chunk per
/// token with `{"content":"<token>"}`; the choice's last chunk carries its `finish_reason`. Tool calls arrive
/// whole in one chunk with `finish_reason:"tool_calls"`. Only the very last chunk carries `usage`; earlier
/// chunks have no `usage` key. The stream ends with `data: [DONE]`.
enum ChatCompletionStream {
    /// The stream of `completion`.
    static func events(for completion: Completion) -> EventStream {
        var events: [String] = []
        for (position, choice) in completion.choices.enumerated() {
            let isLastChoice = position == completion.choices.count - 1
            events.append(chunk(completion, choice: choice.index, delta: ["role": "assistant", "content": ""]))
            if !choice.toolCalls.isEmpty {
                let calls = JSONValue.array(choice.toolCalls.enumerated().map { $1.json(index: $0) })
                events.append(
                    chunk(
                        completion,
                        choice: choice.index,
                        delta: ["content": nil, "tool_calls": calls],
                        finishReason: choice.finishReason,
                        withUsage: isLastChoice
                    )
                )
                continue
            }
            let tokens = choice.tokens.isEmpty ? [""] : choice.tokens
            for (tokenIndex, token) in tokens.enumerated() {
                let isLastToken = tokenIndex == tokens.count - 1
                events.append(
                    chunk(
                        completion,
                        choice: choice.index,
                        delta: ["content": .string(token)],
                        finishReason: isLastToken ? choice.finishReason : nil,
                        withUsage: isLastToken && isLastChoice
                    )
                )
            }
        }
        return EventStream(events: events, terminal: EventStream.done)
    }

    private static func chunk(
        _ completion: Completion,
        choice: Int,
        delta: JSONValue,
        finishReason: String? = nil,
        withUsage: Bool = false
    ) -> String {
        var object = JSONObject([
            ("id", .string(completion.id)),
            ("object", "chat.completion.chunk"),
            ("created", .int(completion.created)),
            ("model", .string(completion.model)),
            (
                "choices",
                [["index": .int(choice), "delta": delta, "finish_reason": .optional(finishReason)]]
            ),
        ])
        if withUsage {
            object["usage"] = completion.usageJSON
        }
        return EventStream.dataEvent(.object(object))
    }
}
