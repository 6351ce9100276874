/// Byte-level mutations of a valid input, as a coverage-blind fuzzer makes them: bit flips, random bytes,
/// deletions, duplications, insertions, truncation and splices with another input.
struct ByteMutator {
    var generator: SeededGenerator

    mutating func mutate(_ input: [UInt8], spliceWith other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            guard !bytes.isEmpty else { return other }
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            let length = Int.random(in: 1...min(64, bytes.count - position), using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0: bytes[position] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
            case 1: bytes[position] = UInt8.random(in: 0...255, using: &generator)
            case 2: bytes.removeSubrange(position..<position + length)
            case 3: bytes.insert(contentsOf: bytes[position..<position + length], at: position)
            case 4: bytes.insert(contentsOf: (0..<length).map { _ in interestingByte() }, at: position)
            case 5: bytes.removeSubrange(position...)
            default:
                guard !other.isEmpty else { continue }
                let start = Int.random(in: 0..<other.count, using: &generator)
                bytes.replaceSubrange(position..., with: other[start...])
            }
        }
        return bytes
    }

    /// Bytes that matter to protobuf and JSON: varint continuation, quotes, brackets, escapes, UTF-8 lead bytes.
    private mutating func interestingByte() -> UInt8 {
        let interesting: [UInt8] = [
            0x00, 0x01, 0x7F, 0x80, 0xFF, 0x0A, 0x12, 0x1A, 0x22, 0x5C, 0x5B, 0x7B, 0x7D, 0xC3, 0xF0,
        ]
        return interesting.randomElement(using: &generator) ?? 0
    }
}
