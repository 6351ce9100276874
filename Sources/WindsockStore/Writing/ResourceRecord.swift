/// The resource attributes of the processes that send spans, stored once per project and resource rather
/// than with every span (OTLP sends them once per batch; they are often larger than a small span).
package enum ResourceRecord {
    /// The columns of `resources`.
    package static let columns = ["project", "id", "attributes"]

    /// The id of a resource: 16 bytes of two 64-bit FNV-1a hashes (different offsets) of its JSON text.
    package static func id(ofText text: String) -> [UInt8] {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (0..<16).map { index in
            UInt8(truncatingIfNeeded: (index < 8 ? first : second) >> (56 - 8 * UInt64(index % 8)))
        }
    }

    /// The id as lowercase hex, as span details name it.
    package static func hex(_ id: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: id.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }, as: UTF8.self)
    }

    /// The id of its hex form, or `nil` for anything but 32 hex digits.
    package static func id(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == 32 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: 32, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
                return nil
            }
            bytes.append(byte)
        }
        return bytes
    }
}
