import OrderedJSON
import WindsockModel

/// Small, fully known traces for HTTP-layer tests.
enum SampleTraces {
    static let base: Int64 = 1_767_225_600_000_000_000  // 2026-01-01T00:00:00Z

    static func time(_ milliseconds: Int64) -> Timestamp {
        Timestamp(nanosecondsSinceEpoch: base + milliseconds * 1_000_000)
    }

    /// A root span and one chat call under it, in session `s1` of user `u1`, tagged `demo`.
    static func chat(trace: UInt64, at offset: Int64 = 0, failing: Bool = false) -> [Span] {
        let traceID = TraceID(high: 0xABCD, low: trace)
        let root = Span(
            traceID: traceID, spanID: SpanID(trace * 16 + 1), name: "answer question", kind: .chain,
            startTime: time(offset), endTime: time(offset + 900), input: "What is the capital of France?",
            output: "Paris", userID: "u1", sessionID: "s1", tags: ["demo"])
        let chat = Span(
            traceID: traceID, spanID: SpanID(trace * 16 + 2), parentSpanID: root.spanID,
            name: "chat mistral-small-latest", kind: .llm, startTime: time(offset + 100), endTime: time(offset + 800),
            status: failing ? .error : .ok, statusMessage: failing ? "rate limited" : nil, provider: "mistral_ai",
            operation: "chat", requestModel: "mistral-small-latest", responseModel: "mistral-small-2506",
            parameters: JSONObject([("temperature", 0.2)]),
            input: [["role": "user", "parts": [["type": "text", "content": "Capital of France?"]]]],
            output: [["role": "assistant", "parts": [["type": "text", "content": "Paris"]], "finish_reason": "stop"]],
            usage: TokenUsage(inputTokens: 12, outputTokens: 3), costUSD: 0.000_003, timeToFirstTokenMs: 120,
            finishReasons: ["stop"], prompt: PromptReference(name: "capital", version: "1"),
            attributes: JSONObject([("gen_ai.request.model", "mistral-small-latest")]),
            events: [
                SpanEvent(
                    name: "exception", time: time(offset + 800), attributes: JSONObject([("exception.message", "boom")])
                )
            ])
        return [root, chat]
    }
}
