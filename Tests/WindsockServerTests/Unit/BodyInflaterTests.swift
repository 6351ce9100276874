import CompressNIO
import NIOCore
import Testing

@testable import WindsockServer

@Suite("BodyInflater")
struct BodyInflaterTests {
    let text = Array(String(repeating: #"{"resourceSpans":[]} "#, count: 500).utf8)

    @Test("inflates gzip and zlib bodies, and gzip members in a row as one body")
    func inflates() throws {
        let compressed = try gzip(text)
        #expect(try BodyInflater.inflate(compressed, format: .gzip, maximumBytes: 1 << 20) == text)
        let twice = try BodyInflater.inflate(compressed + compressed, format: .gzip, maximumBytes: 1 << 20)
        #expect(twice == text + text)
        let zlib = try deflate(text)
        #expect(try BodyInflater.inflate(zlib, format: .zlib, maximumBytes: 1 << 20) == text)
    }

    @Test("a stream cut anywhere before its end is refused, as is what follows its end")
    func truncatedAndTrailing() throws {
        let compressed = try gzip(text)
        for cut in [1, 4, 8, compressed.count / 2, compressed.count - 10] {
            #expect(throws: BodyInflater.Failure.self) {
                try BodyInflater.inflate(Array(compressed.dropLast(cut)), format: .gzip, maximumBytes: 1 << 20)
            }
        }
        #expect(throws: BodyInflater.Failure.corrupt("4 bytes follow the end of the gzip stream")) {
            try BodyInflater.inflate(compressed + Array("junk".utf8), format: .gzip, maximumBytes: 1 << 20)
        }
        #expect(throws: BodyInflater.Failure.self) {
            try BodyInflater.inflate([], format: .gzip, maximumBytes: 1 << 20)
        }
    }

    @Test("output over the limit is refused as too large")
    func bomb() throws {
        let bomb = try gzip([UInt8](repeating: 0, count: 4 << 20))
        #expect(throws: BodyInflater.Failure.tooLarge) {
            try BodyInflater.inflate(bomb, format: .gzip, maximumBytes: 1 << 20)
        }
        #expect(try BodyInflater.inflate(bomb, format: .gzip, maximumBytes: 4 << 20).count == 4 << 20)
    }
}

/// Zlib (HTTP's `deflate`) of `bytes`.
private func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
    var buffer = ByteBuffer(bytes: bytes)
    return Array(try buffer.compress(with: .zlib()).readableBytesView)
}
