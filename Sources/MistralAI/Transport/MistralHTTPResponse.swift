import NIOCore
import NIOHTTP1

/// An HTTP response as a ``MistralTransport`` returns it: the head, and a body read on demand.
public struct MistralHTTPResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers.
    public var headers: HTTPHeaders
    /// The body, streamed as it arrives.
    public var body: MistralHTTPBody

    public init(status: Int, headers: HTTPHeaders = [:], body: MistralHTTPBody = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with a complete text body.
    public init(status: Int, headers: HTTPHeaders = [:], body text: String) {
        self.init(status: status, headers: headers, body: MistralHTTPBody(text))
    }
}
