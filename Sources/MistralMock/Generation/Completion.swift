import OrderedJSON

/// A generated completion: what chat, FIM and agents completions answer, streamed or not.
struct Completion: Sendable, Equatable {
    /// 32 lowercase hexadecimal characters, derived from the request.
    var id: String
    /// The model id echoed back.
    var model: String
    /// Unix seconds.
    var created: Int
    var choices: [GeneratedChoice]
    var promptTokens: Int

    /// The completion tokens of every choice.
    var completionTokens: Int {
        choices.reduce(0) { $0 + $1.completionTokens }
    }

    /// The `usage` object.
    var usageJSON: JSONValue {
        [
            "prompt_tokens": .int(promptTokens),
            "total_tokens": .int(promptTokens + completionTokens),
            "completion_tokens": .int(completionTokens),
        ]
    }

    /// The non-streamed `chat.completion` body.
    var responseJSON: JSONValue {
        [
            "id": .string(id),
            "object": "chat.completion",
            "created": .int(created),
            "model": .string(model),
            "choices": .array(
                choices.map { choice in
                    [
                        "index": .int(choice.index),
                        "message": [
                            "role": "assistant",
                            "content": .string(choice.content),
                            "tool_calls": choice.toolCalls.isEmpty
                                ? .null
                                : .array(choice.toolCalls.enumerated().map { $1.json(index: $0) }),
                            "prefix": false,
                        ],
                        "finish_reason": .string(choice.finishReason),
                    ]
                }
            ),
            "usage": usageJSON,
        ]
    }
}
