import Logging
import NIOHTTP1

/// Settings of a ``Mistral`` client.
public struct MistralConfiguration: Sendable {
    /// Where requests go (``MistralBaseURL/production`` by default).
    public var baseURL: MistralBaseURL
    /// The time allowed for one attempt: the whole answer for ordinary requests, the response head for
    /// streams (bound the silence inside a stream with the HTTP client's read timeout).
    public var timeout: Duration
    /// When to retry.
    public var retryPolicy: RetryPolicy
    /// Headers added to every request (e.g. for a gateway). `Authorization` is set from the API key.
    public var extraHeaders: HTTPHeaders
    /// Sends the HTTP requests; replace it in tests.
    public var transport: any MistralTransport
    /// Run around every operation, outermost first, inside the client's own tracing.
    public var middlewares: [any MistralMiddleware]
    /// Spans for every call through swift-distributed-tracing: on by default, a no-op until a tracer is
    /// bootstrapped (see ``MistralTracingMiddleware``).
    public var tracing: MistralTracingOptions
    /// Where the client logs (requests at debug, retries at notice). It never logs the key or bodies.
    public var logger: Logger
    /// The largest non-streaming answer accepted, in bytes.
    public var maximumResponseBytes: Int
    /// The `User-Agent` header.
    public var userAgent: String

    public init(
        baseURL: MistralBaseURL = .production,
        timeout: Duration = .seconds(600),
        retryPolicy: RetryPolicy = .default,
        extraHeaders: HTTPHeaders = [:],
        transport: any MistralTransport = AsyncHTTPClientTransport(),
        middlewares: [any MistralMiddleware] = [],
        tracing: MistralTracingOptions = MistralTracingOptions(),
        logger: Logger = Logger(label: "mistral-ai"),
        maximumResponseBytes: Int = 512 * 1024 * 1024,
        userAgent: String = "mistral-swift/0.1"
    ) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.extraHeaders = extraHeaders
        self.transport = transport
        self.middlewares = middlewares
        self.tracing = tracing
        self.logger = logger
        self.maximumResponseBytes = maximumResponseBytes
        self.userAgent = userAgent
    }
}
