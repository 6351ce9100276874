import OrderedJSON
import WindsockModel

/// Builds spans and ids for tests, at times relative to a fixed base.
enum Make {
    /// 2023-11-14T22:14:00Z, the start of a minute (metrics roll up by minute).
    static let base: Int64 = 1_700_000_040_000_000_000

    static func time(ms: Double) -> Timestamp {
        Timestamp(nanosecondsSinceEpoch: base + Int64(ms * 1_000_000))
    }

    static func traceID(_ number: UInt64) -> TraceID {
        TraceID(high: 0xABCD, low: number)
    }

    static func spanID(_ number: UInt64) -> SpanID {
        SpanID(number)
    }

    /// A span of trace `trace` with id `id`, starting `start` ms after the base and lasting `duration` ms.
    static func span(
        trace: UInt64, id: UInt64, parent: UInt64? = nil, name: String = "step", kind: SpanKind = .span,
        start: Double = 0, duration: Double = 10, status: SpanStatus = .ok, model: String? = nil,
        inputTokens: Int? = nil, outputTokens: Int? = nil, cost: Double? = nil, user: String? = nil,
        session: String? = nil, tags: [String] = [], traceName: String? = nil, input: JSONValue? = nil,
        output: JSONValue? = nil
    ) -> Span {
        Span(
            traceID: traceID(trace), spanID: spanID(id), parentSpanID: parent.map(spanID), name: name, kind: kind,
            startTime: time(ms: start), endTime: time(ms: start + duration), status: status,
            statusMessage: status == .error ? "failed" : nil, requestModel: model, responseModel: model,
            input: input, output: output, usage: TokenUsage(inputTokens: inputTokens, outputTokens: outputTokens),
            costUSD: cost, userID: user, sessionID: session, tags: tags, traceName: traceName)
    }

    /// A fully populated chat span, as the GenAI conventions describe one.
    static func richChatSpan(trace: UInt64, id: UInt64, parent: UInt64?) -> Span {
        let messages: JSONValue = [
            ["role": "system", "parts": [["type": "text", "content": "You are terse."]]],
            [
                "role": "user",
                "parts": [["type": "text", "content": "Quelle est la capitale de la France ? \"Paris\"\n"]],
            ],
        ]
        let answer: JSONValue = [
            ["role": "assistant", "parts": [["type": "text", "content": "Paris."]], "finish_reason": "stop"]
        ]
        return Span(
            traceID: traceID(trace), spanID: spanID(id), parentSpanID: parent.map(spanID),
            name: "chat mistral-small-latest", kind: .llm, startTime: time(ms: 5), endTime: time(ms: 805),
            status: .ok, serviceName: "shop", scopeName: "windsock.mistral", provider: "mistral_ai",
            operation: "chat", requestModel: "mistral-small-latest", responseModel: "mistral-small-2503",
            responseID: "cmpl-1", parameters: JSONObject([("temperature", 0.2), ("max_tokens", 64)]),
            toolDefinitions: [["type": "function", "function": ["name": "lookup"]]], input: messages, output: answer,
            usage: TokenUsage(inputTokens: 21, outputTokens: 3), costUSD: 0.000_012_5, timeToFirstTokenMs: 120.5,
            finishReasons: ["stop"],
            prompt: PromptReference(
                name: "capital", version: "3", template: "Capital of {{country}}?",
                variables: JSONObject([("country", "France")])),
            userID: "user-1", sessionID: "session-1", tags: ["prod", "geo"],
            metadata: JSONObject([("tenant", "acme")]),
            attributes: JSONObject([
                ("gen_ai.operation.name", "chat"), ("gen_ai.input.messages", .string(messages.compactString)),
                ("gen_ai.output.messages", .string(answer.compactString)), ("gen_ai.request.temperature", 0.2),
                ("empty", nil), ("list", [1, 2.5, "x", true]),
            ]),
            resourceAttributes: JSONObject([("service.name", "shop")]),
            events: [
                SpanEvent(
                    name: "gen_ai.first_token", time: time(ms: 125.5), attributes: JSONObject([("index", 0)]))
            ])
    }
}
