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
        let format: BodyInflater.Format?
        switch encoding {
        case "identity", "": format = nil
        case "gzip", "x-gzip": format = .gzip
        case "deflate": format = .zlib
        default: throw Failure.unsupportedEncoding("Content-Encoding '\(encoding)' is not supported: use gzip.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Failure.tooLarge("The request body is larger than \(maximumBodyBytes) bytes.")
        }
        let bytes = Array(buffer.readableBytesView)
        guard let format else { return bytes }
        do {
            return try BodyInflater.inflate(bytes, format: format, maximumBytes: maximumDecompressedBytes)
        } catch BodyInflater.Failure.tooLarge {
            throw Failure.tooLarge("The request body inflates to more than \(maximumDecompressedBytes) bytes.")
        } catch BodyInflater.Failure.corrupt(let reason) {
            throw Failure.corrupt("The request body is not valid \(encoding) data: \(reason).")
        } catch {
            throw Failure.corrupt("The request body is not valid \(encoding) data.")
        }
    }
}
