import Foundation
import InMemoryTracing
import MistralMock
import Testing
import Tracing

@testable import MistralAI

@Suite("Spans of streams: open with the request, closed however the stream ends")
struct StreamTracingTests {
    @Test("finished: output assembled from the deltas, usage from the last chunk, time to first token")
    func finished() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                let stream = try await mistral.chat.stream(
                    model: "mistral-small-latest", messages: [.user("Tell me about Paris")], randomSeed: 1)
                #expect(tracer.finishedSpans.isEmpty)
                #expect(tracer.activeSpans.count == 1)
                var text = ""
                var chunks = 0
                for try await chunk in stream {
                    text += chunk.textDelta
                    chunks += 1
                }
                let span = try tracer.finishedSpans.operation("chat.stream")
                #expect(span.operationName == "chat mistral-small-latest")
                #expect(span.attributes.get(GenAIAttributes.requestStream) == .bool(true))
                #expect(span.string(WindsockAttributes.streamTermination) == "finished")
                #expect(span.int(WindsockAttributes.streamChunks) == chunks)
                let output = try span.json(GenAIAttributes.outputMessages)
                #expect(output[0]?["parts"]?[0]?["content"] == .string(text))
                #expect(output[0]?["finish_reason"] == "stop")
                #expect((span.int(GenAIAttributes.usageOutputTokens) ?? 0) > 0)
                if case .double(let ttft) = span.attributes.get(WindsockAttributes.timeToFirstTokenMs) {
                    #expect(ttft >= 0)
                } else {
                    Issue.record("no time to first token")
                }
                #expect(span.status?.code != .error)
            }
        }
    }

    @Test("tool calls in a stream are assembled into the output")
    func streamedToolCalls() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                let stream = try await mistral.chat.stream(
                    model: "mistral-large-latest", messages: [.user("Weather in Paris?")],
                    tools: [
                        .function(
                            name: "get_weather", description: "Weather",
                            parameters: ["type": "object", "properties": ["city": ["type": "string"]]])
                    ], toolChoice: .any)
                for try await _ in stream {}
            }
        }
        let span = try tracer.finishedSpans.operation("chat.stream")
        let output = try span.json(GenAIAttributes.outputMessages)
        #expect(output[0]?["parts"]?[0]?["type"] == "tool_call")
        #expect(output[0]?["parts"]?[0]?["name"] == "get_weather")
    }

    @Test("failed mid-way: error status and the partial output")
    func failedMidway() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL, headers: [("x-mock-drop-after-chunks", "2")])
            await withTracer(tracer) {
                await #expect(throws: MistralError.self) {
                    for try await _ in try await mistral.chat.stream(
                        model: "mistral-small-latest", messages: [.user("Tell me a long story")])
                    {}
                }
            }
        }
        let span = try tracer.finishedSpans.operation("chat.stream")
        #expect(span.string(WindsockAttributes.streamTermination) == "failed")
        #expect(span.status?.code == .error)
        #expect(span.string(GenAIAttributes.errorType) == "stream_ended_prematurely")
        #expect(span.errors.count == 1)
    }

    @Test("cancelled: the consuming task is cancelled mid-stream")
    func cancelled() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL, headers: [("x-mock-token-delay-ms", "20")])
            try await withTracer(tracer) {
                let stream = try await mistral.chat.stream(
                    model: "mistral-small-latest", messages: [.user("Tell me a long story")])
                let (firstChunk, signal) = AsyncStream.makeStream(of: Void.self)
                let consumer = Task {
                    var received = 0
                    do {
                        for try await _ in stream {
                            received += 1
                            if received == 1 { signal.yield() }
                        }
                    } catch {}
                    return received
                }
                for await _ in firstChunk { break }
                consumer.cancel()
                _ = await consumer.value
            }
        }
        let span = try tracer.finishedSpans.operation("chat.stream")
        #expect(span.string(WindsockAttributes.streamTermination) == "cancelled")
        #expect(tracer.activeSpans.isEmpty)
    }

    @Test("abandoned: the consumer stops early, or never iterates")
    func abandoned() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                for try await _ in try await mistral.chat.stream(
                    model: "mistral-small-latest", messages: [.user("Tell me a long story")])
                {
                    break
                }
                do {
                    _ = try await mistral.chat.stream(model: "mistral-small-latest", messages: [.user("Hi")])
                }
            }
        }
        let spans = tracer.finishedSpans.filter {
            $0.attributes.get(WindsockAttributes.operation) == .string("chat.stream")
        }
        #expect(spans.count == 2)
        #expect(spans.allSatisfy { $0.string(WindsockAttributes.streamTermination) == "abandoned" })
        #expect(spans.first { $0.int(WindsockAttributes.streamChunks) == 1 } != nil)
        #expect(spans.first { $0.int(WindsockAttributes.streamChunks) == 0 } != nil)
        // A stream cut short has no finish reason to report (not an empty one).
        #expect(spans.allSatisfy { $0.attributes.get(GenAIAttributes.responseFinishReasons) == nil })
        #expect(tracer.activeSpans.isEmpty)
    }

    @Test("an error before the stream opens ends the span with the error")
    func failedToOpen() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            await withTracer(tracer) {
                await #expect(throws: MistralError.self) {
                    _ = try await mistral.chat.stream(model: "no-such-model", messages: [.user("Hi")])
                }
            }
        }
        let span = try tracer.finishedSpans.operation("chat.stream")
        #expect(span.status?.code == .error)
        #expect(tracer.activeSpans.isEmpty)
    }

    @Test("FIM, agent and conversation streams are traced too")
    func otherStreams() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                for try await _ in try await mistral.fim.stream(
                    model: "codestral-latest", prompt: "def f():", suffix: "")
                {}
                for try await _ in try await mistral.conversations.startStream(
                    ConversationStartRequest(inputs: "Hello", model: "mistral-small-latest"))
                {}
            }
        }
        let fim = try tracer.finishedSpans.operation("fim.stream")
        #expect(fim.string(WindsockAttributes.streamTermination) == "finished")
        #expect((fim.int(GenAIAttributes.usageOutputTokens) ?? 0) > 0)
        let conversation = try tracer.finishedSpans.operation("conversations.start_stream")
        #expect(conversation.string(GenAIAttributes.conversationID)?.isEmpty == false)
        #expect((conversation.int(GenAIAttributes.usageOutputTokens) ?? 0) > 0)
        #expect(conversation.string(GenAIAttributes.outputMessages) != nil)
        #expect(conversation.attributes.get(WindsockAttributes.timeToFirstTokenMs) != nil)
    }
}
