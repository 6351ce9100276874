import MistralAI
import Windsock

/// What both overhead benchmarks run: a Mistral client on an in-process transport that answers at once (a chat
/// completion, or a stream of `chunkCount` chunks), and a Windsock tracer that exports to a sink.
public struct OverheadFixtures: Sendable {
    /// Chunks per streamed answer.
    public let chunkCount = 100
    /// The client.
    public let mistral: Mistral
    /// The tracer the traced runs bind with `withTracer` (batching, ring of recent traces, cost, content on).
    public let tracer: WindsockTracer
    private let messages: [ChatMessage] = [.system("Answer briefly."), .user("Who painted the water lilies?")]

    /// Builds the client and the tracer.
    public init() throws {
        let completion = """
            {"id":"cmpl-1","object":"chat.completion","model":"mistral-small-2506","created":1,\
            "choices":[{"index":0,"message":{"role":"assistant","content":"Claude Monet."},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":12,"completion_tokens":4,"total_tokens":16}}
            """
        var events = ""
        for index in 0..<chunkCount {
            let finish = index == chunkCount - 1 ? #""stop""# : "null"
            let usage =
                index == chunkCount - 1
                ? #","usage":{"prompt_tokens":12,"completion_tokens":100,"total_tokens":112}"# : ""
            events += """
                data: {"id":"cmpl-1","object":"chat.completion.chunk","model":"mistral-small-2506","created":1,\
                "choices":[{"index":0,"delta":{"content":"word "},"finish_reason":\(finish)}]\(usage)}\n\n
                """
        }
        events += "data: [DONE]\n\n"
        let streamBody = events
        let transport = MistralClosureTransport { request in
            let isStream = request.headers.first(name: "Accept") == "text/event-stream"
            return MistralHTTPResponse(status: 200, body: isStream ? streamBody : completion)
        }
        mistral = Mistral(apiKey: "benchmark", configuration: MistralConfiguration(transport: transport))
        tracer = try WindsockTracer(configuration: WindsockConfiguration(destination: .exporter(DiscardingExporter())))
    }

    /// One chat completion; returns its id so that the call cannot be optimised away.
    public func chat() async throws -> String {
        try await mistral.chat.complete(model: "mistral-small-latest", messages: messages).id
    }

    /// One streamed chat completion, read to the end; returns the number of chunks.
    public func stream() async throws -> Int {
        var chunks = 0
        for try await _ in try await mistral.chat.stream(model: "mistral-small-latest", messages: messages) {
            chunks += 1
        }
        return chunks
    }
}

/// Accepts every batch and keeps nothing.
struct DiscardingExporter: SpanExporter {
    func export(_ spans: [RecordedSpan]) async throws {}
}
