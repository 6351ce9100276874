import NIOCore
import Testing

@testable import MistralAI

@Suite("Chat streams from the HTTP body")
struct ChatStreamDecodingTests {
    private func collect(_ stream: MistralStream<ChatCompletionChunk>) async throws -> [ChatCompletionChunk] {
        var chunks: [ChatCompletionChunk] = []
        for try await chunk in stream { chunks.append(chunk) }
        return chunks
    }

    private func stream(_ reply: ScriptedTransport.Reply) async throws -> MistralStream<ChatCompletionChunk> {
        let mistral = Mistral.scripted(ScriptedTransport(reply))
        return try await mistral.chat.stream(model: "mistral-small-latest", messages: [.user("Best French painter?")])
    }

    @Test("the wire stream decodes identically whatever the read boundaries", arguments: [nil, 1, 2, 3, 7, 64, 333])
    func splitAnywhere(chunkSize: Int?) async throws {
        let chunks = try await collect(stream(.text(WireFixtures.chatStream, chunkSize: chunkSize)))
        #expect(chunks.count == 4)
        #expect(chunks.map(\.textDelta) == ["", "Claude", " Monet", "."])
        #expect(chunks[0].choices.first?.delta.role == .assistant)
        #expect(chunks.dropLast().allSatisfy { $0.usage == nil && $0.finishReason == nil })
        #expect(chunks.last?.finishReason == .stop)
        #expect(
            chunks.last?.usage
                == UsageInfo(
                    promptTokens: 12, completionTokens: 3, totalTokens: 15, promptTokensDetails: .init(cachedTokens: 0))
        )
        #expect(chunks.allSatisfy { $0.id == "6a3b1c2d4e5f60718293a4b5c6d7e8f9" && $0.model == "mistral-small-latest" })
    }

    @Test("the accumulator rebuilds the full answer from the chunks")
    func accumulate() async throws {
        var accumulator = ChatCompletionAccumulator()
        for chunk in try await collect(stream(.text(WireFixtures.chatStream, chunkSize: 5))) {
            accumulator.add(chunk)
        }
        let response = accumulator.response
        #expect(response.text == "Claude Monet.")
        #expect(response.finishReason == .stop)
        #expect(response.usage?.totalTokens == 15)
        #expect(response.id == "6a3b1c2d4e5f60718293a4b5c6d7e8f9")
        #expect(accumulator.chunkCount == 4)
    }

    @Test("a tool call arrives whole in one chunk, without type or index")
    func toolCallChunk() async throws {
        let chunks = try await collect(stream(.text(WireFixtures.toolCallStream, chunkSize: 10)))
        #expect(chunks.count == 2)
        let call = try #require(chunks.last?.choices.first?.delta.toolCalls?.first)
        #expect(call.id == "gSIMJiOkT")
        #expect(call.type == nil)
        #expect(call.index == nil)
        #expect(call.function.name == "weather")
        struct Arguments: Decodable { var city: String }
        #expect(try call.function.decodeArguments(as: Arguments.self).city == "Paris")
        #expect(chunks.last?.finishReason == .toolCalls)
        #expect(chunks.last?.choices.first?.delta.content == nil)

        var accumulator = ChatCompletionAccumulator()
        for chunk in chunks { accumulator.add(chunk) }
        #expect(accumulator.response.toolCalls.map(\.id) == ["gSIMJiOkT"])
    }

    @Test("reasoning streams thinking chunks, then text chunks")
    func reasoning() async throws {
        let chunks = try await collect(stream(.text(WireFixtures.reasoningStream, chunkSize: 17)))
        #expect(chunks.count == 4)
        #expect(chunks[1].choices.first?.delta.content?.thinking == "Two plus ")
        #expect(chunks[3].textDelta == "4")
        var accumulator = ChatCompletionAccumulator()
        for chunk in chunks { accumulator.add(chunk) }
        let content = try #require(accumulator.response.message?.content)
        #expect(content.thinking == "Two plus two is four.")
        #expect(content.text == "4")
    }

    @Test("keep-alive comments and empty data lines between events are skipped")
    func keepAlives() async throws {
        let body =
            ": keep-alive\n\n" + "data: \n\n"
            + WireFixtures.chatStream.replacingOccurrences(of: "\n\n", with: "\n\n: ping\n\n")
        let chunks = try await collect(stream(.text(body, chunkSize: 4)))
        #expect(chunks.map(\.textDelta) == ["", "Claude", " Monet", "."])
    }

    @Test("a chunk whose JSON spans several data lines is joined before decoding")
    func multiLineData() async throws {
        let body =
            "data: {\"id\":\"m1\",\"model\":\"mistral-small-latest\",\r\n"
            + "data: \"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}\r\n\r\n"
            + "data: [DONE]\r\n\r\n"
        let chunks = try await collect(stream(.text(body, chunkSize: 6)))
        #expect(chunks.map(\.textDelta) == ["Hi"])
        #expect(chunks.first?.id == "m1")
    }

    @Test("the stream stops at [DONE] even if bytes follow")
    func doneEndsTheStream() async throws {
        let body = WireFixtures.chatStream + #"data: {"id":"late","model":"x","choices":[]}"# + "\n\n"
        let chunks = try await collect(stream(.text(body)))
        #expect(chunks.count == 4)
    }

    @Test("an error object in the middle of the stream throws the typed error after the earlier chunks")
    func errorMidStream() async throws {
        let events = WireFixtures.chatStream.components(separatedBy: "\n\n").prefix(2).map { $0 + "\n\n" }.joined()
        let body =
            events
            + #"data: {"object":"error","message":"Service overloaded","type":"service_unavailable","param":null,"code":"3505"}"#
            + "\n\n"
        var received: [ChatCompletionChunk] = []
        do {
            for try await chunk in try await stream(.text(body, chunkSize: 9)) { received.append(chunk) }
            Issue.record("expected an error")
        } catch let MistralError.streamError(error) {
            #expect(error.message == "Service overloaded")
            #expect(error.type == "service_unavailable")
            #expect(error.code == "3505")
        }
        #expect(received.count == 2)
    }

    @Test("an `event: error` line is a stream error too")
    func namedErrorEvent() async throws {
        let body = "event: error\ndata: {\"message\":\"internal\"}\n\n"
        await #expect {
            for try await _ in try await stream(.text(body)) {}
        } throws: { error in
            guard case MistralError.streamError(let apiError) = error else { return false }
            return apiError.message == "internal"
        }
    }

    @Test("a body that ends before [DONE] throws streamEndedPrematurely, never a silent truncation")
    func prematureEnd() async throws {
        let body = WireFixtures.chatStream.components(separatedBy: "data: [DONE]").first ?? ""
        var received = 0
        do {
            for try await _ in try await stream(.text(body, chunkSize: 11)) { received += 1 }
            Issue.record("expected an error")
        } catch let MistralError.streamEndedPrematurely(events, reason) {
            #expect(events == 4)
            #expect(reason?.contains("[DONE]") == true)
        }
        #expect(received == 4)
    }

    @Test("a body cut in the middle of an event throws streamEndedPrematurely")
    func cutMidEvent() async throws {
        let body = String(WireFixtures.chatStream.prefix(300))
        await #expect {
            for try await _ in try await stream(.text(body, chunkSize: 50)) {}
        } throws: { error in
            if case MistralError.streamEndedPrematurely = error { return true }
            return false
        }
    }

    @Test("a connection failure while reading the body throws streamEndedPrematurely with the cause")
    func connectionCut() async throws {
        let pieces = WireFixtures.chatStream.components(separatedBy: "\n\n").prefix(2).map {
            ByteBuffer(string: $0 + "\n\n")
        }
        let body = AsyncThrowingStream<ByteBuffer, any Error> { continuation in
            for piece in pieces { continuation.yield(piece) }
            continuation.finish(throwing: MistralError.connection(underlying: ConnectionReset()))
        }
        let reply = ScriptedTransport.Reply(body: MistralHTTPBody(body))
        var received = 0
        do {
            for try await _ in try await stream(reply) { received += 1 }
            Issue.record("expected an error")
        } catch let MistralError.streamEndedPrematurely(events, reason) {
            #expect(events == 2)
            #expect(reason?.contains("connection reset") == true)
        }
        #expect(received == 2)
    }

    @Test("a chunk that is not valid JSON throws a decoding error with the body snippet")
    func invalidChunk() async throws {
        let body = "data: {\"id\": 12, \"choices\": \"nope\"}\n\n"
        await #expect {
            for try await _ in try await stream(.text(body)) {}
        } throws: { error in
            guard case MistralError.decoding(let failure) = error else { return false }
            return failure.bodySnippet.contains("nope") && failure.type == "ChatCompletionChunk"
        }
    }

    @Test("the request asks for a stream with stream: true and Accept: text/event-stream")
    func requestShape() async throws {
        let transport = ScriptedTransport(.text(WireFixtures.chatStream))
        let mistral = Mistral.scripted(transport)
        _ = try await collect(mistral.chat.stream(model: "mistral-small-latest", messages: [.user("Hi")]))
        let request = try #require(transport.requests.first)
        #expect(request.headers.first(name: "accept") == "text/event-stream")
        let body = try JSONValue(parsing: request.bodyText)
        #expect(body["stream"] == true)
        #expect(body["model"] == "mistral-small-latest")
    }
}

private struct ConnectionReset: Error, CustomStringConvertible {
    var description: String { "connection reset by peer" }
}
