import InMemoryTracing
import NIOCore
import Synchronization
import Testing
import Tracing

@testable import MistralAI

@Suite("Traced streams add no buffering")
struct StreamBufferingTests {
    @Test("each chunk reaches the consumer before the next one has even been sent")
    func chunksArriveOneByOne() async throws {
        let tracer = InMemoryTracer()
        let (body, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        let transport = MistralClosureTransport { _ in MistralHTTPResponse(status: 200, body: MistralHTTPBody(body)) }
        let mistral = Mistral(apiKey: "test-key", configuration: MistralConfiguration(transport: transport))
        // Should the traced stream hold chunks back, the first read would wait forever: a watchdog ends the body
        // and says so.
        let starved = Atomic<Bool>(false)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(30))
            starved.store(true, ordering: .relaxed)
            feed.finish()
        }
        defer { watchdog.cancel() }

        try await withTracer(tracer) {
            let stream = try await mistral.chat.stream(model: "mistral-small-latest", messages: [.user("Hi")])
            var iterator = stream.makeAsyncIterator()
            feed.yield(ByteBuffer(string: Self.event("Hel", finishReason: nil)))
            let first = try await iterator.next()
            #expect(first?.textDelta == "Hel")
            let wasStarved = starved.load(ordering: .relaxed)
            #expect(!wasStarved)
            #expect(tracer.finishedSpans.isEmpty)

            feed.yield(ByteBuffer(string: Self.event("lo", finishReason: "stop") + "data: [DONE]\n\n"))
            feed.finish()
            let second = try await iterator.next()
            #expect(second?.textDelta == "lo")
            #expect(try await iterator.next() == nil)
        }
        let span = try tracer.finishedSpans.operation("chat.stream")
        #expect(span.int(WindsockAttributes.streamChunks) == 2)
        #expect(span.string(WindsockAttributes.streamTermination) == "finished")
        #expect(try span.json(GenAIAttributes.outputMessages)[0]?["parts"]?[0]?["content"] == "Hello")
    }

    private static func event(_ text: String, finishReason: String?) -> String {
        let finish = finishReason.map { "\"\($0)\"" } ?? "null"
        return """
            data: {"id":"cmpl-1","object":"chat.completion.chunk","model":"mistral-small-2506","created":1,\
            "choices":[{"index":0,"delta":{"content":"\(text)"},"finish_reason":\(finish)}]}\n\n
            """
    }
}
