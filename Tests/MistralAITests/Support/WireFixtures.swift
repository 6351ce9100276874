/// Literal bodies in the shapes the real API sends (API.md's wire notes and the spec's examples).
enum WireFixtures {
    /// A chat stream: role first, one token per chunk, `p` padding, usage only on the last chunk, `[DONE]`.
    static let chatStream = [
        #"data: {"id":"6a3b1c2d4e5f60718293a4b5c6d7e8f9","object":"chat.completion.chunk","created":1767225600,"model":"mistral-small-latest","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"p":"abcdefghijkl"}"#,
        #"data: {"id":"6a3b1c2d4e5f60718293a4b5c6d7e8f9","object":"chat.completion.chunk","created":1767225600,"model":"mistral-small-latest","choices":[{"index":0,"delta":{"content":"Claude"},"finish_reason":null,"logprobs":null}]}"#,
        #"data: {"id":"6a3b1c2d4e5f60718293a4b5c6d7e8f9","object":"chat.completion.chunk","created":1767225600,"model":"mistral-small-latest","choices":[{"index":0,"delta":{"content":" Monet"},"finish_reason":null}],"p":"x"}"#,
        #"data: {"id":"6a3b1c2d4e5f60718293a4b5c6d7e8f9","object":"chat.completion.chunk","created":1767225600,"model":"mistral-small-latest","choices":[{"index":0,"delta":{"content":"."},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"total_tokens":15,"completion_tokens":3,"prompt_tokens_details":{"cached_tokens":0}}}"#,
        "data: [DONE]",
    ].map { $0 + "\n\n" }.joined()

    /// A stream whose one chunk carries a whole tool call (no `type`, no `index`).
    static let toolCallStream = [
        #"data: {"id":"b1","object":"chat.completion.chunk","created":1,"model":"mistral-large-latest","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#,
        #"data: {"id":"b1","object":"chat.completion.chunk","created":1,"model":"mistral-large-latest","choices":[{"index":0,"delta":{"content":null,"tool_calls":[{"id":"gSIMJiOkT","function":{"name":"weather","arguments":"{\"city\": \"Paris\"}"}}]},"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":90,"total_tokens":112,"completion_tokens":22}}"#,
        "data: [DONE]",
    ].map { $0 + "\n\n" }.joined()

    /// A reasoning stream: thinking chunks, then text chunks.
    static let reasoningStream = [
        #"data: {"id":"r1","object":"chat.completion.chunk","created":1,"model":"magistral-small-latest","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#,
        #"data: {"id":"r1","object":"chat.completion.chunk","created":1,"model":"magistral-small-latest","choices":[{"index":0,"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"Two plus "}]}]},"finish_reason":null}]}"#,
        #"data: {"id":"r1","object":"chat.completion.chunk","created":1,"model":"magistral-small-latest","choices":[{"index":0,"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"two is four."}]}]},"finish_reason":null}]}"#,
        #"data: {"id":"r1","object":"chat.completion.chunk","created":1,"model":"magistral-small-latest","choices":[{"index":0,"delta":{"content":[{"type":"text","text":"4"}]},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"total_tokens":30,"completion_tokens":25}}"#,
        "data: [DONE]",
    ].map { $0 + "\n\n" }.joined()

    /// A conversation stream: named events, no `[DONE]`, ends with `conversation.response.done`.
    static let conversationStream = [
        "event: conversation.response.started\n"
            + #"data: {"type":"conversation.response.started","created_at":"2026-01-01T00:00:00.000Z","conversation_id":"conv_0678d0e1a2b3"}"#,
        "event: message.output.delta\n"
            + #"data: {"type":"message.output.delta","created_at":"2026-01-01T00:00:00.100Z","output_index":0,"id":"msg_1","content_index":0,"model":"mistral-medium-latest","agent_id":null,"role":"assistant","content":"Bon"}"#,
        "event: message.output.delta\n"
            + #"data: {"type":"message.output.delta","created_at":"2026-01-01T00:00:00.200Z","output_index":0,"id":"msg_1","content_index":0,"model":"mistral-medium-latest","agent_id":null,"role":"assistant","content":"jour"}"#,
        "event: conversation.response.done\n"
            + #"data: {"type":"conversation.response.done","created_at":"2026-01-01T00:00:00.300Z","usage":{"prompt_tokens":7,"completion_tokens":2,"total_tokens":9,"connector_tokens":null,"connectors":null}}"#,
    ].map { $0 + "\n\n" }.joined()

    /// A complete chat answer with a tool call, as the real API sends it.
    static let toolCallResponse = #"""
        {"id":"cf79f7daaee244b1a0ae5c7b1444424a","object":"chat.completion","model":"mistral-large-latest","usage":{"prompt_tokens":89,"completion_tokens":22,"total_tokens":111},"created":1759500534,"choices":[{"index":0,"message":{"content":"","tool_calls":[{"id":"D681PevKs","type":"function","function":{"name":"retrieve_payment_status","arguments":"{\"transaction_id\": \"T1001\"}"},"index":0}],"prefix":false,"role":"assistant"},"finish_reason":"tool_calls","logprobs":null}]}
        """#

    /// A complete chat answer with text.
    static let textResponse = #"""
        {"id":"cmpl-e5cc70bb28c444948073e77776eb30ef","object":"chat.completion","model":"mistral-small-latest","usage":{"prompt_tokens":16,"completion_tokens":34,"total_tokens":50},"created":1702256327,"choices":[{"index":0,"message":{"content":"Claude Monet is often considered the best French painter.","tool_calls":null,"prefix":false,"role":"assistant"},"finish_reason":"stop"}]}
        """#
}
