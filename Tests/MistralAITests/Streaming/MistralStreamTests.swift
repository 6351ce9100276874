import MistralAI
import Testing

@testable import MistralAI

/// Records what an observer saw.
private final class Observation: Sendable {
    private let state = LockedValue((elements: [Int](), terminations: [String]()))

    var elements: [Int] { state.withLock { $0.elements } }
    var terminations: [String] { state.withLock { $0.terminations } }

    func element(_ value: Int) {
        state.withLock { $0.elements.append(value) }
    }

    func terminated(_ termination: MistralStreamTermination) {
        let name =
            switch termination {
            case .finished: "finished"
            case .failed(let error): "failed: \(error)"
            case .cancelled: "cancelled"
            case .abandoned: "abandoned"
            }
        state.withLock { $0.terminations.append(name) }
    }
}

private struct Boom: Error, CustomStringConvertible {
    var description: String { "boom" }
}

@Suite("MistralStream")
struct MistralStreamTests {
    private func observed(_ stream: MistralStream<Int>, _ observation: Observation) -> MistralStream<Int> {
        stream.observing(onElement: observation.element, onTermination: observation.terminated)
    }

    @Test("a stream read to its end is observed as finished, once, after every element")
    func finished() async throws {
        let observation = Observation()
        let stream = observed(MistralStream(elements: [1, 2, 3]), observation)
        var received: [Int] = []
        for try await value in stream { received.append(value) }
        #expect(received == [1, 2, 3])
        #expect(observation.elements == [1, 2, 3])
        #expect(observation.terminations == ["finished"])
    }

    @Test("an error is observed as failed, once, and rethrown")
    func failed() async throws {
        let observation = Observation()
        let source = MistralStream<Int>(makeNext: {
            var count = 0
            return {
                count += 1
                if count == 3 { throw Boom() }
                return count
            }
        })
        let stream = observed(source, observation)
        var iterator = stream.makeAsyncIterator()
        #expect(try await iterator.next() == 1)
        #expect(try await iterator.next() == 2)
        await #expect(throws: Boom.self) { try await iterator.next() }
        #expect(try await iterator.next() == nil)
        #expect(observation.elements == [1, 2])
        #expect(observation.terminations == ["failed: boom"])
    }

    @Test("breaking out of the loop is observed as abandoned, once")
    func abandonedMidway() async throws {
        let observation = Observation()
        do {
            let stream = observed(MistralStream(elements: [1, 2, 3, 4]), observation)
            for try await value in stream where value == 2 { break }
        }
        #expect(observation.elements == [1, 2])
        #expect(observation.terminations == ["abandoned"])
    }

    @Test("a stream dropped without being iterated is observed as abandoned, once")
    func abandonedUnread() async {
        let observation = Observation()
        do {
            let stream = observed(MistralStream(elements: [1]), observation)
            let copy = stream
            _ = copy
        }
        #expect(observation.elements.isEmpty)
        #expect(observation.terminations == ["abandoned"])
    }

    @Test("cancelling the consuming task is observed as cancelled, once")
    func cancelled() async throws {
        let observation = Observation()
        let (source, continuation) = AsyncThrowingStream<Int, any Error>.makeStream()
        let stream = observed(MistralStream(source), observation)
        let firstElement = AsyncStream<Void>.makeStream()
        let consumer = Task {
            var received: [Int] = []
            for try await value in stream {
                received.append(value)
                firstElement.continuation.yield()
            }
            return received
        }
        continuation.yield(1)
        var signals = firstElement.stream.makeAsyncIterator()
        await signals.next()
        consumer.cancel()
        _ = try? await consumer.value
        #expect(observation.elements == [1])
        #expect(observation.terminations == ["cancelled"])
    }

    @Test("nested observers each see the stream's end exactly once")
    func nestedObservers() async throws {
        let inner = Observation()
        let outer = Observation()
        let stream = observed(observed(MistralStream(elements: [7, 8]), inner), outer)
        var received: [Int] = []
        for try await value in stream { received.append(value) }
        #expect(received == [7, 8])
        #expect(inner.terminations == ["finished"])
        #expect(outer.terminations == ["finished"])
        #expect(outer.elements == [7, 8])
    }

    @Test("map transforms elements and keeps the end")
    func map() async throws {
        var received: [String] = []
        for try await value in MistralStream(elements: [1, 2]).map({ "#\($0)" }) { received.append(value) }
        #expect(received == ["#1", "#2"])
    }

    @Test("a second iteration yields nothing instead of replaying")
    func singlePass() async throws {
        let stream = MistralStream(elements: [1, 2])
        var first: [Int] = []
        for try await value in stream { first.append(value) }
        var second: [Int] = []
        for try await value in stream { second.append(value) }
        #expect(first == [1, 2])
        #expect(second.isEmpty)
    }
}
