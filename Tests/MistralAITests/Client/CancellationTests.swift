import NIOCore
import Testing

@testable import MistralAI

/// A body that yields the given events, then waits until cancelled; it records what happens to its reader.
private struct EndlessBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let events: [String]
    let log: LockedValue<[String]>

    /// Lives as long as the iterator: its deinit shows the reader let go of the body.
    final class Lifetime {
        let log: LockedValue<[String]>
        init(log: LockedValue<[String]>) { self.log = log }
        deinit { log.withLock { $0.append("released") } }
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        var remaining: [String]
        let log: LockedValue<[String]>
        let lifetime: Lifetime

        mutating func next() async throws -> ByteBuffer? {
            if !remaining.isEmpty { return ByteBuffer(string: remaining.removeFirst()) }
            do {
                try await Task.sleep(for: .seconds(3600))
            } catch {
                log.withLock { $0.append("cancelled") }
                throw error
            }
            return nil
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(remaining: events, log: log, lifetime: Lifetime(log: log))
    }
}

@Suite("Cancelling streams")
struct CancellationTests {
    private let events = WireFixtures.chatStream.components(separatedBy: "\n\n").prefix(2).map { $0 + "\n\n" }

    @Test("cancelling the consuming task ends the HTTP body and throws .cancelled")
    func cancelConsumer() async throws {
        let log = LockedValue<[String]>([])
        let body = MistralHTTPBody(EndlessBody(events: events, log: log))
        let mistral = Mistral.scripted(ScriptedTransport(ScriptedTransport.Reply(body: body)))
        let stream = try await mistral.chat.stream(model: "m", messages: [.user("Hi")])
        let (firstChunk, signal) = AsyncStream<Void>.makeStream()
        let consumer = Task {
            var count = 0
            for try await _ in stream {
                count += 1
                if count == 2 { signal.yield() }
            }
            return count
        }
        var iterator = firstChunk.makeAsyncIterator()
        await iterator.next()
        consumer.cancel()
        let result = await consumer.result
        guard case .failure(MistralError.cancelled) = result else {
            Issue.record("expected .cancelled, got \(result)")
            return
        }
        #expect(log.withLock { $0 } == ["cancelled", "released"])
    }

    @Test("breaking out of the loop releases the HTTP body")
    func abandon() async throws {
        let log = LockedValue<[String]>([])
        let body = MistralHTTPBody(EndlessBody(events: events, log: log))
        let mistral = Mistral.scripted(ScriptedTransport(ScriptedTransport.Reply(body: body)))
        do {
            let stream = try await mistral.chat.stream(model: "m", messages: [.user("Hi")])
            for try await chunk in stream where !chunk.textDelta.isEmpty { break }
        }
        #expect(log.withLock { $0 } == ["released"])
    }
}
