import OrderedJSON

/// Helpers shared by the completion routes (chat, FIM, agents).
enum CompletionReply {
    /// The reply for `completion`: a chat-completion stream or the JSON body.
    static func reply(_ completion: Completion, stream: Bool) -> MockReply {
        if stream {
            return .stream(ChatCompletionStream.events(for: completion))
        }
        return .json(completion.responseJSON, generatedTokens: completion.completionTokens)
    }

    /// The deterministic completion id of a request body (the same with or without `stream`).
    static func id(for body: JSONObject) -> String {
        var copy = body
        copy["stream"] = nil
        return MockIdentifiers.completionID(for: JSONValue.object(copy).compactString)
    }

    /// Whether the body asks for a stream.
    static func isStream(_ body: JSONObject) -> Bool {
        body["stream"]?.boolValue == true
    }

    /// `n`, checked to be at least 1.
    static func choiceCount(_ body: JSONObject) throws(MockAPIError) -> Int {
        guard let count = body["n"]?.intValue else { return 1 }
        guard count >= 1 else {
            throw .validation([
                ValidationIssue(
                    type: "greater_than_equal",
                    location: ["body", "n"],
                    message: "Input should be greater than or equal to 1",
                    input: .int(count),
                    context: ["ge": 1]
                )
            ])
        }
        return count
    }
}
