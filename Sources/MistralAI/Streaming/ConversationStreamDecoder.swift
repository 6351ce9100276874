/// Turns a conversation SSE body (`event: <type>` + `data: <json>`) into a stream of typed events.
///
/// The stream ends after `conversation.response.done` (there is no `[DONE]`). A
/// `conversation.response.error` event throws ``MistralError/streamError(_:)``; a body that ends before
/// `conversation.response.done` throws ``MistralError/streamEndedPrematurely(receivedEvents:reason:)``.
enum ConversationStreamDecoder {
    static func stream(body: MistralHTTPBody, status: Int) -> MistralStream<ConversationEvent> {
        MistralStream(makeNext: {
            var reader = ServerSentEventReader(body: body)
            var finished = false
            return {
                guard !finished else { return nil }
                do {
                    while let event = try await reader.next() {
                        if event.data == "[DONE]" {
                            finished = true
                            return nil
                        }
                        if event.data.allSatisfy(\.isWhitespace) { continue }
                        let json =
                            event.event == nil || event.data.contains("error")
                            ? try? JSONValue(parsing: event.data) : nil
                        let name = event.event ?? json?["type"]?.stringValue ?? "message"
                        if name == "conversation.response.error" || name == "error"
                            || json?["object"]?.stringValue == "error"
                        {
                            throw MistralError.streamError(MistralAPIError(status: status, bodyText: event.data))
                        }
                        let decoded = try ConversationEvent.decode(name: name, data: Array(event.data.utf8))
                        if case .responseDone = decoded { finished = true }
                        return decoded
                    }
                    throw reader.endedPrematurely("the body ended without conversation.response.done")
                } catch {
                    finished = true
                    throw error
                }
            }
        })
    }
}
