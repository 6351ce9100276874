/// A fault the emulator injects on matching routes (by configuration; request headers do the same per
/// request, see ``MistralMockServer``).
public struct MockFault: Sendable, Equatable {
    /// The path prefix the fault applies to, e.g. `/v1/chat/completions`; `""` matches every route.
    public var pathPrefix: String
    /// Answer with this HTTP error status and the body Mistral sends for it.
    public var status: Int?
    /// The `Retry-After` header (seconds) on a 429 or 503 (a 429 always carries one, 1 s by default).
    public var retryAfterSeconds: Int?
    /// Only the first `times` matching requests fail (`nil`: all of them).
    public var times: Int?
    /// Streams: cut the connection after this many events, without `[DONE]`.
    public var dropStreamAfterChunks: Int?

    /// A fault on the routes starting with `pathPrefix`.
    public init(
        pathPrefix: String = "",
        status: Int? = nil,
        retryAfterSeconds: Int? = nil,
        times: Int? = nil,
        dropStreamAfterChunks: Int? = nil
    ) {
        self.pathPrefix = pathPrefix
        self.status = status
        self.retryAfterSeconds = retryAfterSeconds
        self.times = times
        self.dropStreamAfterChunks = dropStreamAfterChunks
    }
}
