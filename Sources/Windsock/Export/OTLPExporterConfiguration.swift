/// Where and how the OTLP/HTTP exporter sends spans.
public struct OTLPExporterConfiguration: Sendable {
    /// The body encoding.
    public enum Encoding: String, Sendable, Hashable {
        /// `application/x-protobuf` (OTLP's `http/protobuf`).
        case protobuf
        /// `application/json` (OTLP's `http/json`).
        case json
    }

    /// The body compression.
    public enum Compression: String, Sendable, Hashable {
        /// `Content-Encoding: gzip`.
        case gzip
        /// No compression.
        case none
    }

    /// The full URL of the traces endpoint, e.g. `http://localhost:4318/v1/traces`.
    public var endpoint: String
    /// Headers sent with every export (e.g. `Authorization` with a project key).
    public var headers: [String: String]
    /// The body encoding.
    public var encoding: Encoding
    /// The body compression.
    public var compression: Compression
    /// The time allowed for one attempt.
    public var timeout: Duration
    /// How many attempts one batch gets (429, 502, 503, 504 and connection failures are retried).
    public var maximumAttempts: Int
    /// The first backoff; it doubles (with jitter) up to ``maximumBackoff``. A `Retry-After` header wins.
    public var initialBackoff: Duration
    /// The longest backoff, also the cap on a `Retry-After`.
    public var maximumBackoff: Duration

    /// Creates a configuration.
    public init(
        endpoint: String, headers: [String: String] = [:], encoding: Encoding = .protobuf,
        compression: Compression = .gzip, timeout: Duration = .seconds(10), maximumAttempts: Int = 5,
        initialBackoff: Duration = .milliseconds(500), maximumBackoff: Duration = .seconds(30)
    ) {
        self.endpoint = endpoint
        self.headers = headers
        self.encoding = encoding
        self.compression = compression
        self.timeout = timeout
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
    }

    /// The traces endpoint under a base URL (`WINDSOCK_ENDPOINT`, `OTEL_EXPORTER_OTLP_ENDPOINT`): base +
    /// `/v1/traces`.
    public static func tracesEndpoint(base: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/v1/traces"
    }
}
