import OrderedJSON

/// Deterministic, unit-length text embeddings.
///
/// Each word of the text (lowercased) maps to a fixed pseudo-random direction seeded by the model and
/// the word; the embedding is the normalised sum of its words' directions plus a small text-specific
/// component. Texts sharing words therefore have a higher cosine similarity, which keeps retrieval demos
/// meaningful, and the same text always gives the same vector.
enum EmbeddingGenerator {
    /// The requested `output_dtype`.
    enum DataType: String, Sendable, CaseIterable {
        case float
        case int8
        case uint8
        case binary
        case ubinary
    }

    /// The unit-length embedding of `text` with `dimension` components, rounded to 7 decimals.
    static func vector(for text: String, model: String, dimension: Int) -> [Double] {
        var sum = [Double](repeating: 0, count: dimension)
        var seen: Set<String> = []
        for word in PromptWords.words(in: text).map({ $0.lowercased() }) where seen.count < 256 {
            guard seen.insert(word).inserted else { continue }
            add(direction(model + "\u{1F}" + word, dimension: dimension), weight: 1, to: &sum)
        }
        add(direction(model + "\u{1E}" + text, dimension: dimension), weight: seen.isEmpty ? 1 : 0.35, to: &sum)
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return sum.map { (($0 / norm) * 10_000_000).rounded() / 10_000_000 }
    }

    /// The vector quantised as `type` asks (`float` is returned as is).
    ///
    /// `int8` scales the largest component to ±127; `uint8` shifts that by 128; `binary`/`ubinary` pack one
    /// sign bit per component (1 when positive), eight per byte, most significant bit first, as signed or
    /// unsigned bytes.
    static func quantise(_ vector: [Double], as type: DataType) -> [JSONValue] {
        let largest = max(vector.map(abs).max() ?? 1, 1e-12)
        switch type {
        case .float:
            return vector.map(JSONValue.double)
        case .int8:
            return vector.map { .int(Int(($0 / largest * 127).rounded())) }
        case .uint8:
            return vector.map { .int(Int(($0 / largest * 127).rounded()) + 128) }
        case .binary, .ubinary:
            return packedBits(vector).map { .int(type == .binary ? Int(Int8(bitPattern: $0)) : Int($0)) }
        }
    }

    /// The embedding as base64: little-endian float32 for `float`, the raw bytes otherwise.
    static func base64(_ vector: [Double], as type: DataType) -> String {
        var bytes: [UInt8] = []
        switch type {
        case .float:
            for value in vector {
                let bits = Float(value).bitPattern
                bytes += [UInt8(bits & 0xFF), UInt8((bits >> 8) & 0xFF), UInt8((bits >> 16) & 0xFF), UInt8(bits >> 24)]
            }
        case .int8, .uint8:
            bytes = quantise(vector, as: type).compactMap(\.intValue).map { UInt8(truncatingIfNeeded: $0) }
        case .binary, .ubinary:
            bytes = packedBits(vector)
        }
        return Base64.encode(bytes)
    }

    private static func packedBits(_ vector: [Double]) -> [UInt8] {
        stride(from: 0, to: vector.count, by: 8).map { start in
            var byte: UInt8 = 0
            for offset in 0..<8 {
                byte <<= 1
                if start + offset < vector.count, vector[start + offset] > 0 { byte |= 1 }
            }
            return byte
        }
    }

    private static func direction(_ key: String, dimension: Int) -> [Double] {
        var random = DeterministicRandom(text: key)
        return (0..<dimension).map { _ in random.nextUnit() * 2 - 1 }
    }

    private static func add(_ direction: [Double], weight: Double, to sum: inout [Double]) {
        for index in sum.indices {
            sum[index] += direction[index] * weight
        }
    }
}
