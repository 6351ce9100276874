import Testing

@testable import MistralAI

@Suite("Call deadlines watched by one task")
struct CallDeadlinesTests {
    @Test("a deadline that passes runs its expiry and says so; a removed one never does")
    func expiry() async throws {
        let deadlines = CallDeadlines()
        let (expired, expiredSignal) = AsyncStream.makeStream(of: String.self)
        let removed = deadlines.register(after: .milliseconds(30)) { expiredSignal.yield("removed") }
        #expect(!deadlines.remove(removed))
        let kept = deadlines.register(after: .milliseconds(60)) { expiredSignal.yield("kept") }
        var iterator = expired.makeAsyncIterator()
        #expect(await iterator.next() == "kept")
        #expect(deadlines.remove(kept))
        #expect(!deadlines.remove(kept), "told once")
    }

    @Test("a sooner deadline registered after a later one does not wait for the later one")
    func soonerDeadlineWakesTheWatcher() async throws {
        let deadlines = CallDeadlines()
        let (expired, expiredSignal) = AsyncStream.makeStream(of: String.self)
        let later = deadlines.register(after: .seconds(3_600)) { expiredSignal.yield("later") }
        let sooner = deadlines.register(after: .milliseconds(20)) { expiredSignal.yield("sooner") }
        var iterator = expired.makeAsyncIterator()
        #expect(await iterator.next() == "sooner")
        #expect(deadlines.remove(sooner))
        #expect(!deadlines.remove(later))
    }
}
