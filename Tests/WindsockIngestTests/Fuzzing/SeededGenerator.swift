import Foundation

/// A seeded random number generator (SplitMix64), so a fuzz failure names a seed that reproduces it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// How long the fuzz tests run: `WINDSOCK_FUZZ_ITERATIONS` (default: CI's budget) and `WINDSOCK_FUZZ_SEED`.
enum FuzzBudget {
    static func iterations(default budget: Int) -> Int {
        integer("WINDSOCK_FUZZ_ITERATIONS") ?? budget
    }

    static var seed: UInt64 {
        integer("WINDSOCK_FUZZ_SEED").map { UInt64(truncatingIfNeeded: $0) } ?? 20_261_130
    }

    private static func integer(_ name: String) -> Int? {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }
    }
}
