import CompressNIO
import HTTPTypes
import Hummingbird

/// Reads a request body within limits and undoes its `Content-Encoding` (gzip, deflate), refusing bodies
/// that are too large as sent or once inflated (a gzip bomb).
struct RequestBodyReader: Sendable {
    /// Why a body could not be read.
    enum Failure: Error, Equatable {
        /// Larger than the limit (as sent or inflated): 413.
        case tooLarge(String)
        /// A `Content-Encoding` other than gzip, deflate or identity: 415.
        case unsupportedEncoding(String)
        /// Compressed data that does not inflate: 400.
        case corrupt(String)
    }

    let maximumBodyBytes: Int
    let maximumDecompressedBytes: Int

    /// The body's bytes, inflated.
    func read(_ request: Request) async throws -> [UInt8] {
        let encoding = request.headers[.contentEncoding]?.lowercased() ?? "identity"
        let algorithm: CompressionAlgorithm?
        switch encoding {
        case "identity", "": algorithm = nil
        case "gzip", "x-gzip": algorithm = .gzip()
        case "deflate": algorithm = .zlib()
        default: throw Failure.unsupportedEncoding("Content-Encoding '\(encoding)' is not supported: use gzip.")
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Failure.tooLarge("The request body is larger than \(maximumBodyBytes) bytes.")
        }
        guard let algorithm else { return Array(buffer.readableBytesView) }
        do {
            let inflated = try buffer.decompress(with: algorithm, maxSize: maximumDecompressedBytes)
            return Array(inflated.readableBytesView)
        } catch let error as CompressNIOError where error == .bufferOverflow {
            throw Failure.tooLarge("The request body inflates to more than \(maximumDecompressedBytes) bytes.")
        } catch {
            throw Failure.corrupt("The request body is not valid \(encoding) data.")
        }
    }
}
