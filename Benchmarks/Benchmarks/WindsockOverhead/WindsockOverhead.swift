import Benchmark
import MistralAI
import NIOCore
import Tracing
import Windsock

/// Added CPU time and allocations of tracing, per chat call and per streamed chunk, against an in-process
/// transport that answers at once: traced (Windsock tracer, exporting to a sink) vs untraced (no tracer).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.cpuTotal, .wallClock, .mallocCountTotal, .instructions],
        warmupIterations: 100,
        scalingFactor: .kilo,
        maxDuration: .seconds(5)
    )

    let completion = """
        {"id":"cmpl-1","object":"chat.completion","model":"mistral-small-2506","created":1,\
        "choices":[{"index":0,"message":{"role":"assistant","content":"Claude Monet."},"finish_reason":"stop"}],\
        "usage":{"prompt_tokens":12,"completion_tokens":4,"total_tokens":16}}
        """
    let chunkCount = 100
    var events = ""
    for index in 0..<chunkCount {
        let finish = index == chunkCount - 1 ? #""stop""# : "null"
        let usage =
            index == chunkCount - 1 ? #","usage":{"prompt_tokens":12,"completion_tokens":100,"total_tokens":112}"# : ""
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
    let mistral = Mistral(apiKey: "benchmark", configuration: MistralConfiguration(transport: transport))
    let tracer: WindsockTracer
    do {
        tracer = try WindsockTracer(configuration: WindsockConfiguration(destination: .exporter(DiscardingExporter())))
    } catch {
        fatalError("the benchmark tracer could not be made: \(error)")
    }
    let messages: [ChatMessage] = [.system("Answer briefly."), .user("Who painted the water lilies?")]

    func chat() async throws {
        blackHole(try await mistral.chat.complete(model: "mistral-small-latest", messages: messages))
    }

    func stream() async throws {
        var chunks = 0
        for try await _ in try await mistral.chat.stream(model: "mistral-small-latest", messages: messages) {
            chunks += 1
        }
        blackHole(chunks)
    }

    Benchmark("chat.complete untraced") { benchmark in
        for _ in benchmark.scaledIterations { try await chat() }
    }
    Benchmark("chat.complete traced") { benchmark in
        try await withTracer(tracer) {
            for _ in benchmark.scaledIterations { try await chat() }
        }
    }
    Benchmark("chat.stream 100 chunks untraced", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations { try await stream() }
    }
    Benchmark("chat.stream 100 chunks traced", configuration: .init(scalingFactor: .one)) { benchmark in
        try await withTracer(tracer) {
            for _ in benchmark.scaledIterations { try await stream() }
        }
    }
}

/// Accepts every batch and keeps nothing.
struct DiscardingExporter: SpanExporter {
    func export(_ spans: [RecordedSpan]) async throws {
        blackHole(spans.count)
    }
}
