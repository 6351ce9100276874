/// The identifiers the emulator hands out, in the real API's formats.
enum MockIdentifiers {
    /// A random version-4 UUID in lowercase (files, batch and fine-tuning jobs).
    static func uuid(using random: inout some RandomNumberGenerator) -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }

    /// A random UUID from the system generator.
    static func uuid() -> String {
        var random = SystemRandomNumberGenerator()
        return uuid(using: &random)
    }

    /// A random id with a prefix and 32 hexadecimal characters (`conv_…`, `ag_…`, `msg_…`).
    static func prefixed(_ prefix: String) -> String {
        var system = SystemRandomNumberGenerator()
        var random = DeterministicRandom(seed: system.next())
        return prefix + random.hex(count: 32)
    }

    /// The 32-hex completion id derived from `text` (the request without `stream`).
    static func completionID(for text: String) -> String {
        var random = DeterministicRandom(text: "completion\u{1F}" + text)
        return random.hex(count: 32)
    }
}
