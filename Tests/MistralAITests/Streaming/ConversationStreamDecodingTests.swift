import Testing

@testable import MistralAI

@Suite("Conversation streams from the HTTP body")
struct ConversationStreamDecodingTests {
    private func events(_ body: String, chunkSize: Int? = nil) async throws -> [ConversationEvent] {
        let mistral = Mistral.scripted(ScriptedTransport(.text(body, chunkSize: chunkSize)))
        var events: [ConversationEvent] = []
        for try await event in try await mistral.conversations.startStream(model: "mistral-medium-latest", inputs: "Hi")
        {
            events.append(event)
        }
        return events
    }

    @Test(
        "named events decode by their event line and the stream ends at conversation.response.done",
        arguments: [nil, 1, 13])
    func namedEvents(chunkSize: Int?) async throws {
        let events = try await events(WireFixtures.conversationStream, chunkSize: chunkSize)
        #expect(
            events.map(\.name) == [
                "conversation.response.started", "message.output.delta", "message.output.delta",
                "conversation.response.done",
            ])
        guard case .responseStarted(let started) = events.first else {
            Issue.record("expected the started event")
            return
        }
        #expect(started.conversationID == "conv_0678d0e1a2b3")
        #expect(events.map(\.textDelta).joined() == "Bonjour")
        guard case .responseDone(let done) = events.last else {
            Issue.record("expected the done event")
            return
        }
        #expect(done.usage.totalTokens == 9)
    }

    @Test("events after conversation.response.done are not read")
    func stopsAtDone() async throws {
        let body =
            WireFixtures.conversationStream
            + "event: message.output.delta\ndata: {\"id\":\"late\",\"content\":\"x\"}\n\n"
        #expect(try await events(body).count == 4)
    }

    @Test("an unknown event type is kept with its name and data")
    func unknownEvent() async throws {
        let body =
            "event: reasoning.summary.delta\ndata: {\"type\":\"reasoning.summary.delta\",\"text\":\"hm\"}\n\n"
            + "event: conversation.response.done\ndata: {\"type\":\"conversation.response.done\",\"usage\":{}}\n\n"
        let events = try await events(body)
        guard case .unknown(let name, let data) = events.first else {
            Issue.record("expected an unknown event")
            return
        }
        #expect(name == "reasoning.summary.delta")
        #expect(data["text"] == "hm")
    }

    @Test("conversation.response.error throws the typed error")
    func errorEvent() async throws {
        let body =
            "event: conversation.response.started\ndata: {\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_1\"}\n\n"
            + "event: conversation.response.error\ndata: {\"type\":\"conversation.response.error\",\"message\":\"Tool failed\",\"code\":3000}\n\n"
        await #expect {
            _ = try await events(body)
        } throws: { error in
            guard case MistralError.streamError(let apiError) = error else { return false }
            return apiError.message == "Tool failed" && apiError.code == "3000"
                && apiError.type == "conversation.response.error"
        }
    }

    @Test("a body that ends before conversation.response.done throws streamEndedPrematurely")
    func premature() async throws {
        let body =
            WireFixtures.conversationStream.components(separatedBy: "event: conversation.response.done").first ?? ""
        await #expect {
            _ = try await events(body, chunkSize: 20)
        } throws: { error in
            guard case MistralError.streamEndedPrematurely(let received, _) = error else { return false }
            return received == 3
        }
    }

    @Test("events without an event line are named by their data's type")
    func namedByType() async throws {
        let body = WireFixtures.conversationStream.replacingOccurrences(of: "event: message.output.delta\n", with: "")
        #expect(try await events(body).map(\.textDelta).joined() == "Bonjour")
    }
}
