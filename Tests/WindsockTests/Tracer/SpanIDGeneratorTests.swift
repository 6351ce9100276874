import Testing
import WindsockModel

@testable import Windsock

@Suite("Span and trace ids")
struct SpanIDGeneratorTests {
    @Test("SplitMix64 gives the reference sequence")
    func referenceSequence() {
        // The first outputs of Vigna's reference splitmix64.c seeded with 0.
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("ids from many tasks at once are valid and never repeat")
    func uniqueAcrossTasks() async {
        let perTask = 2_000
        let ids = await withTaskGroup(of: [UInt64].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let generator = SpanIDGenerator()
                    var drawn: [UInt64] = []
                    for _ in 0..<perTask {
                        let trace = generator.nextTraceID()
                        #expect(trace.high != 0 || trace.low != 0)
                        drawn.append(trace.high)
                        drawn.append(trace.low)
                        drawn.append(generator.nextSpanID().value)
                    }
                    return drawn
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(ids.count == 4 * perTask * 3)
        #expect(Set(ids).count == ids.count)
        #expect(!ids.contains(0))
    }
}
