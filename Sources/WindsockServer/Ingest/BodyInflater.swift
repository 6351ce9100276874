import CCompressZlib

/// Inflates a whole gzip or zlib request body with zlib, and — unlike a lenient decoder — refuses a stream that
/// stops before its end (a truncated upload), bytes after it that are not another gzip member, and output over a
/// limit (a gzip bomb).
enum BodyInflater {
    /// The framing around the deflate data.
    enum Format: Sendable {
        /// RFC 1952, `Content-Encoding: gzip`; several members in a row are one body, as `gzip` writes them.
        case gzip
        /// RFC 1950, `Content-Encoding: deflate` as HTTP means it.
        case zlib

        var windowBits: Int32 { self == .gzip ? 15 + 16 : 15 }
        var name: String { self == .gzip ? "gzip" : "deflate" }
    }

    /// Why a body did not inflate.
    enum Failure: Error, Equatable {
        /// Inflates to more than the limit.
        case tooLarge
        /// Not valid data of the format; the message says what is wrong.
        case corrupt(String)
    }

    private static let chunkBytes = 64 * 1024

    /// The inflated bytes of `input`, at most `maximumBytes` of them; throws a ``Failure``.
    static func inflate(_ input: [UInt8], format: Format, maximumBytes: Int) throws -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        guard CCompressZlib_inflateInit2(stream, format.windowBits) == Z_OK else {
            throw Failure.corrupt("zlib could not start inflating")
        }
        var output: [UInt8] = []
        output.reserveCapacity(min(maximumBytes, max(input.count * 4, chunkBytes)))
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        return try input.withUnsafeBytes { (inputBytes: UnsafeRawBufferPointer) throws -> [UInt8] in
            guard let inputBase = inputBytes.baseAddress, !inputBytes.isEmpty else {
                throw Failure.corrupt("the body is empty")
            }
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inputBase.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = UInt32(clamping: inputBytes.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBytes { chunkBytes -> (Int32, Int) in
                    stream.pointee.next_out = chunkBytes.baseAddress?.assumingMemoryBound(to: Bytef.self)
                    stream.pointee.avail_out = UInt32(chunkBytes.count)
                    let status = CCompressZlib.inflate(stream, Z_NO_FLUSH)
                    return (status, chunkBytes.count - Int(stream.pointee.avail_out))
                }
                guard output.count + produced <= maximumBytes else { throw Failure.tooLarge }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    let remaining = Int(stream.pointee.avail_in)
                    if remaining == 0 { return output }
                    let consumed = inputBytes.count - remaining
                    let nextIsMember =
                        format == .gzip && remaining >= 2 && inputBytes[consumed] == 0x1f
                        && inputBytes[consumed + 1] == 0x8b
                    guard nextIsMember, inflateReset(stream) == Z_OK else {
                        throw Failure.corrupt("\(remaining) bytes follow the end of the \(format.name) stream")
                    }
                case Z_BUF_ERROR:
                    // No progress possible: with all input consumed, the stream stopped before its end.
                    throw Failure.corrupt("the \(format.name) stream is truncated")
                default:
                    let reason = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw Failure.corrupt("invalid \(format.name) data (\(reason))")
                }
            }
        }
    }
}
