import NIOCore

/// A response body: an asynchronous sequence of byte buffers whose boundaries carry no meaning.
///
/// Iterate it once. Dropping the iterator before the end, or cancelling the task that iterates, ends the
/// underlying request (for the default transport).
public struct MistralHTTPBody: AsyncSequence, Sendable {
    public typealias Element = ByteBuffer
    public typealias Failure = any Error

    private let makeNext: @Sendable () -> (() async throws -> ByteBuffer?)

    /// A body read from any sendable sequence of buffers.
    public init<Base: AsyncSequence & Sendable>(_ base: Base) where Base.Element == ByteBuffer {
        makeNext = {
            var iterator = base.makeAsyncIterator()
            return { try await iterator.next() }
        }
    }

    /// A body made of these buffers, delivered one by one.
    public init(chunks: [ByteBuffer]) {
        makeNext = {
            var remaining = chunks[...]
            return { remaining.popFirst() }
        }
    }

    /// A body holding this text.
    public init(_ text: String) {
        self.init(chunks: text.isEmpty ? [] : [ByteBuffer(string: text)])
    }

    /// An empty body.
    public static var empty: MistralHTTPBody { MistralHTTPBody(chunks: []) }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(next: makeNext())
    }

    /// Reads the body to its end, failing when it exceeds `maximumBytes`.
    public func collect(upTo maximumBytes: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await buffer in self {
            guard bytes.count + buffer.readableBytes <= maximumBytes else {
                throw MistralError.responseTooLarge(limit: maximumBytes)
            }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        return bytes
    }

    /// Iterates a ``MistralHTTPBody``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let nextBuffer: () async throws -> ByteBuffer?

        init(next: @escaping () async throws -> ByteBuffer?) {
            self.nextBuffer = next
        }

        public mutating func next() async throws -> ByteBuffer? {
            try await nextBuffer()
        }
    }
}
