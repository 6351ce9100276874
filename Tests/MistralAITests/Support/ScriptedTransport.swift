import NIOCore
import NIOHTTP1

@testable import MistralAI

/// An in-memory transport: answers each request with the next scripted reply and records the requests.
final class ScriptedTransport: MistralTransport {
    /// One scripted answer.
    struct Reply: Sendable {
        var status: Int = 200
        var headers: HTTPHeaders = [:]
        var body: MistralHTTPBody = .empty
        var error: MistralError?

        /// A body given as text, cut into pieces of `chunkSize` bytes (all at once when `nil`).
        static func text(_ text: String, status: Int = 200, headers: HTTPHeaders = [:], chunkSize: Int? = nil) -> Reply
        {
            Reply(status: status, headers: headers, body: MistralHTTPBody(chunks: split(text, every: chunkSize)))
        }

        /// A body given as pieces, delivered one by one.
        static func pieces(_ pieces: [String], status: Int = 200) -> Reply {
            Reply(status: status, body: MistralHTTPBody(chunks: pieces.map { ByteBuffer(string: $0) }))
        }

        /// The transport throws this error instead of answering.
        static func failure(_ error: MistralError) -> Reply {
            Reply(error: error)
        }

        static func split(_ text: String, every size: Int?) -> [ByteBuffer] {
            let bytes = Array(text.utf8)
            guard let size, size > 0 else { return bytes.isEmpty ? [] : [ByteBuffer(bytes: bytes)] }
            return stride(from: 0, to: bytes.count, by: size).map { start in
                ByteBuffer(bytes: bytes[start..<min(start + size, bytes.count)])
            }
        }
    }

    private let state: LockedValue<(replies: [Reply], requests: [MistralHTTPRequest])>

    init(_ replies: [Reply]) {
        state = LockedValue((replies: replies, requests: []))
    }

    convenience init(_ reply: Reply) {
        self.init([reply])
    }

    /// The requests received so far.
    var requests: [MistralHTTPRequest] {
        state.withLock { $0.requests }
    }

    func send(_ request: MistralHTTPRequest) async throws -> MistralHTTPResponse {
        let reply = state.withLock { state -> Reply? in
            state.requests.append(request)
            return state.replies.isEmpty ? nil : state.replies.removeFirst()
        }
        guard let reply else {
            return MistralHTTPResponse(status: 500, body: #"{"object":"error","message":"no scripted reply"}"#)
        }
        if let error = reply.error { throw error }
        return MistralHTTPResponse(status: reply.status, headers: reply.headers, body: reply.body)
    }
}

extension Mistral {
    /// A client on a scripted transport, with fast retries.
    static func scripted(
        _ transport: ScriptedTransport,
        retryPolicy: RetryPolicy = RetryPolicy(initialBackoff: .milliseconds(1), maximumBackoff: .milliseconds(5)),
        middlewares: [any MistralMiddleware] = [],
        timeout: Duration = .seconds(30)
    ) -> Mistral {
        Mistral(
            apiKey: "test-key",
            configuration: MistralConfiguration(
                timeout: timeout,
                retryPolicy: retryPolicy,
                transport: transport,
                middlewares: middlewares
            )
        )
    }
}
