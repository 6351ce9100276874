/// A seeded pseudo-random generator (SplitMix64): the same seed always gives the same sequence, on every
/// platform, which is what makes the emulator's answers reproducible.
struct DeterministicRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator seeded with `seed`.
    init(seed: UInt64) {
        self.state = seed
    }

    /// A generator seeded with the FNV-1a hash of `text`.
    init(text: String) {
        self.state = Self.hash(text)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A double uniformly distributed in `[0, 1)`.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// `count` lowercase hexadecimal characters.
    mutating func hex(count: Int) -> String {
        var output = ""
        while output.count < count {
            let word = String(next(), radix: 16)
            output += String(repeating: "0", count: 16 - word.count) + word
        }
        return String(output.prefix(count))
    }

    /// `count` characters from `[a-zA-Z0-9]`.
    mutating func alphanumeric(count: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<count).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    }

    /// The 64-bit FNV-1a hash of the UTF-8 bytes of `text`.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
