import Foundation
import Testing

@testable import MistralAI
@testable import MistralMock

/// Random byte streams through ``SSEParser``: no crash, and the events do not depend on how the stream is cut
/// into pieces (the network may split it anywhere). `WINDSOCK_FUZZ_ITERATIONS` raises the budget.
@Suite("Fuzzing: SSE parser")
struct SSEParserFuzzTests {
    /// Pieces of SSE syntax and noise that streams are built from.
    private static let pieces: [[UInt8]] =
        [
            "data: ", "data:", "event: ", "id: ", "retry: ", "retry: 1500", ": keep-alive", "\n", "\r\n", "\r", "\n\n",
            "{\"id\":\"1\",\"choices\":[]}", "[DONE]", "é", "😀", "\u{FEFF}", "data", ":", " ", "x",
        ].map { Array($0.utf8) } + [[0xEF, 0xBB], [0xBF], [0xFF], [0x00], [0xC3]]

    @Test("events are the same however the stream is split, and nothing crashes", .timeLimit(.minutes(5)))
    func splitInvariance() async {
        let seed = ProcessInfo.processInfo.environment["WINDSOCK_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_130
        let iterations = ProcessInfo.processInfo.environment["WINDSOCK_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 4_000
        // A Dispatch thread, not the cooperative pool: parallel tests keep their two threads meanwhile.
        let (dispatched, differing) = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Self.run(seed: seed, iterations: iterations))
            }
        }
        #expect(differing.isEmpty, "seed \(seed): splitting changed the events of \(differing.prefix(2))")
        #expect(dispatched > 0, "seed \(seed): no stream dispatched an event")
    }

    /// Events dispatched in all, and the streams whose events or pending state depended on the cuts.
    private static func run(seed: UInt64, iterations: Int) -> (Int, [[UInt8]]) {
        var generator = DeterministicRandom(seed: seed)  // SplitMix64: a failure's seed reproduces it
        var dispatched = 0
        var differing: [[UInt8]] = []
        for _ in 0..<iterations {
            var stream: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                stream += pieces.randomElement(using: &generator) ?? []
            }
            var whole = SSEParser()
            let expected = whole.parse(stream)
            var pieced = SSEParser()
            var events: [ServerSentEvent] = []
            var rest = stream[...]
            while !rest.isEmpty {
                let length = Int.random(in: 1...max(1, rest.count), using: &generator)
                events += pieced.parse(rest.prefix(length))
                rest = rest.dropFirst(length)
            }
            if events != expected || pieced.hasPendingEvent != whole.hasPendingEvent { differing.append(stream) }
            dispatched += expected.count
        }
        return (dispatched, differing)
    }
}
