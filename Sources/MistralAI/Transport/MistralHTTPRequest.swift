import NIOCore
import NIOHTTP1

/// One HTTP request as the client hands it to a ``MistralTransport``.
public struct MistralHTTPRequest: Sendable {
    /// The HTTP method.
    public var method: HTTPMethod
    /// The absolute URL, query included.
    public var url: String
    /// All headers, including `Authorization`. Never log them.
    public var headers: HTTPHeaders
    /// The body, if any.
    public var body: ByteBuffer?
    /// How long the transport may wait for the response head.
    public var timeout: Duration

    public init(
        method: HTTPMethod,
        url: String,
        headers: HTTPHeaders = [:],
        body: ByteBuffer? = nil,
        timeout: Duration = .seconds(600)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The body as text (empty when there is none), for tests and debugging.
    public var bodyText: String {
        body.map { String(buffer: $0) } ?? ""
    }
}
