import OrderedJSON

/// The streamed form of a conversation turn.
///
/// Each event is `event: <type>\ndata: <json with the same type>\n\n`: first
/// `conversation.response.started`, then one `message.output.delta` per token (or one `function.call.delta`
/// per call), and finally `conversation.response.done` with the usage. There is no `[DONE]`.
enum ConversationStream {
    /// The stream of a turn whose outputs are `outputs`, generated as `choice`.
    static func events(
        conversationID: String,
        outputs: [JSONObject],
        choice: GeneratedChoice,
        usage: JSONValue,
        at time: Timestamp
    ) -> EventStream {
        let created = JSONValue.string(time.iso8601)
        var events = [
            EventStream.namedEvent(
                "conversation.response.started",
                [
                    "type": "conversation.response.started", "created_at": created,
                    "conversation_id": .string(conversationID),
                ]
            )
        ]
        for (index, output) in outputs.enumerated() {
            if output["type"]?.stringValue == "function.call" {
                let event = JSONObject([
                    ("type", "function.call.delta"), ("created_at", created), ("output_index", .int(index)),
                    ("id", output["id"] ?? .null), ("model", output["model"] ?? .null),
                    ("agent_id", output["agent_id"] ?? .null), ("name", output["name"] ?? .null),
                    ("tool_call_id", output["tool_call_id"] ?? .null), ("arguments", output["arguments"] ?? "{}"),
                    ("confirmation_status", .null),
                ])
                events.append(EventStream.namedEvent("function.call.delta", .object(event)))
                continue
            }
            let tokens = choice.tokens.isEmpty ? [""] : choice.tokens
            for token in tokens {
                let event = JSONObject([
                    ("type", "message.output.delta"), ("created_at", created), ("output_index", .int(index)),
                    ("id", output["id"] ?? .null), ("content_index", 0), ("model", output["model"] ?? .null),
                    ("agent_id", output["agent_id"] ?? .null), ("role", "assistant"), ("content", .string(token)),
                ])
                events.append(EventStream.namedEvent("message.output.delta", .object(event)))
            }
        }
        let done = EventStream.namedEvent(
            "conversation.response.done",
            ["type": "conversation.response.done", "created_at": created, "usage": usage]
        )
        return EventStream(events: events, terminal: done)
    }
}
