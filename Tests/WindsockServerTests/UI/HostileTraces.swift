import OrderedJSON
import WindsockModel

/// Traces whose every field is an attack: script tags, `onerror` images, `javascript:` links, quotes that try to
/// leave attributes, in names, prompts, completions, tool arguments, attribute keys, users, sessions and tags.
enum HostileTraces {
    static let script = "<script>alert('xss')</script>"
    static let image = "<img src=x onerror=alert(1)>"
    static let quote = "\"><svg onload=alert(2)>"
    static let link = "[click me](javascript:alert(3))"
    static let traceID = TraceID(high: 0xBAD, low: 1)

    static func spans() -> [Span] {
        let root = Span(
            traceID: traceID, spanID: SpanID(0xB1), name: "root \(script)", kind: .chain,
            startTime: SampleTraces.time(0), endTime: SampleTraces.time(1000), input: .string(image),
            output: .string(link), userID: "user\(quote)", sessionID: "session/\(script)", tags: ["tag\(image)"],
            metadata: JSONObject([("meta\(quote)", .string(script))]))
        let chat = Span(
            traceID: traceID, spanID: SpanID(0xB2), parentSpanID: root.spanID, name: "chat \(image)", kind: .llm,
            startTime: SampleTraces.time(100), endTime: SampleTraces.time(900), status: .error,
            statusMessage: "failed \(script)", provider: "mistral_ai", operation: "chat",
            requestModel: "model\(quote)", parameters: JSONObject([("temperature\(image)", .string(script))]),
            input: [
                ["role": "system", "parts": [["type": "text", "content": .string("System \(script)")]]],
                [
                    "role": "user",
                    "parts": [
                        ["type": "text", "content": .string("Hi \(image) \(link) [ok](https://example.com/a?b=\"c\")")]
                    ],
                ],
            ],
            output: [
                [
                    "role": "assistant",
                    "parts": [
                        [
                            "type": "tool_call", "id": .string("call\(quote)"), "name": .string("tool\(script)"),
                            "arguments": ["city": .string(image)],
                        ]
                    ],
                    "finish_reason": .string("tool_calls\(quote)"),
                ]
            ],
            usage: TokenUsage(inputTokens: 10, outputTokens: 2), timeToFirstTokenMs: 50,
            attributes: JSONObject([("key\(script)", .string(image)), ("gen_ai.request.model", .string(quote))]),
            events: [
                SpanEvent(
                    name: "exception", time: SampleTraces.time(900),
                    attributes: JSONObject([
                        ("exception.type", .string("Type\(script)")), ("exception.message", .string(image)),
                    ]))
            ])
        return [root, chat]
    }
}
