import Foundation

/// Turns a `data:`-only SSE body (chat, FIM, agents completions) into a stream of decoded chunks.
///
/// The stream ends at `data: [DONE]`. An `{"object":"error",…}` payload (or an `event: error`) throws
/// ``MistralError/streamError(_:)``; a body that ends before `[DONE]` throws
/// ``MistralError/streamEndedPrematurely(receivedEvents:reason:)``.
enum CompletionStreamDecoder {
    static func stream<Chunk: Decodable & Sendable>(
        of type: Chunk.Type,
        body: MistralHTTPBody,
        status: Int
    ) -> MistralStream<Chunk> {
        MistralStream(makeNext: {
            var reader = ServerSentEventReader(body: body)
            let decoder = JSONCoding.decoder
            var finished = false
            return {
                guard !finished else { return nil }
                do {
                    while let event = try await reader.next() {
                        let data = event.data
                        if data == "[DONE]" {
                            finished = true
                            return nil
                        }
                        if data.allSatisfy(\.isWhitespace) { continue }
                        if let error = streamError(in: event, status: status) { throw error }
                        let bytes = Array(data.utf8)
                        do {
                            return try decoder.decode(Chunk.self, from: Data(bytes))
                        } catch {
                            throw MistralError.decoding(
                                MistralDecodingFailure(type: Chunk.self, error: error, body: bytes))
                        }
                    }
                    throw reader.endedPrematurely("the body ended without data: [DONE]")
                } catch {
                    finished = true
                    throw error
                }
            }
        })
    }

    /// The error carried by an event, if it is an error event.
    static func streamError(in event: ServerSentEvent, status: Int) -> MistralError? {
        if event.event == "error" {
            return .streamError(MistralAPIError(status: status, bodyText: event.data))
        }
        guard event.data.contains("error"), let json = try? JSONValue(parsing: event.data),
            json["object"]?.stringValue == "error"
        else { return nil }
        return .streamError(MistralAPIError(status: status, bodyText: event.data))
    }
}
