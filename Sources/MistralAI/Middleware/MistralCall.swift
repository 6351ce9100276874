import NIOHTTP1

/// One call of an operation, as middlewares see it.
///
/// `request` is the typed request value (for example a ``ChatCompletionRequest``); downcast it to read the
/// model, the parameters and the messages. It is `nil` for operations that send no body and take no
/// parameters other than an id in the path.
public struct MistralCall: Sendable {
    /// The operation.
    public var operation: MistralOperation
    /// The concrete path, e.g. `/v1/files/6b1c…`.
    public var path: String
    /// The query parameters.
    public var query: [MistralQueryItem]
    /// The typed request.
    public let request: (any Encodable & Sendable)?
    /// Headers sent with the request in addition to the client's own; a middleware may add some
    /// (e.g. trace context propagation).
    public var headers: HTTPHeaders
    /// The server's base URL.
    public var baseURL: MistralBaseURL

    public init(
        operation: MistralOperation,
        path: String,
        query: [MistralQueryItem] = [],
        request: (any Encodable & Sendable)?,
        headers: HTTPHeaders = [:],
        baseURL: MistralBaseURL
    ) {
        self.operation = operation
        self.path = path
        self.query = query
        self.request = request
        self.headers = headers
        self.baseURL = baseURL
    }

    /// The server host, e.g. `api.mistral.ai`.
    public var serverHost: String { baseURL.host }
    /// The server port, e.g. 443.
    public var serverPort: Int { baseURL.port }
}
