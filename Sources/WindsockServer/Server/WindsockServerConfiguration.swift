/// How `windsock server` runs: where it listens, its limits, retention and access.
public struct WindsockServerConfiguration: Sendable, Hashable {
    /// Where it listens.
    public var address: ServerAddress
    /// The largest request body accepted as sent (compressed or not); larger gets 413.
    public var maximumBodyBytes: Int
    /// The largest OTLP body accepted after gunzip; larger (a gzip bomb) gets 413.
    public var maximumDecompressedBytes: Int
    /// How many batches may be handed to the store at once; more gets 503 with `Retry-After`.
    public var maximumInFlightWrites: Int
    /// The `Retry-After` seconds sent when the store's write queue is saturated.
    public var retryAfterSeconds: Int
    /// Delete traces that started longer ago than this many days; `nil` keeps everything.
    public var retentionDays: Int?
    /// How often retention runs.
    public var retentionInterval: Duration
    /// Allow running without keys on a non-loopback address (everyone may read and write `default`).
    public var insecure: Bool
    /// How long a connection may sit without a complete request before it is closed (an idle keep-alive, or a
    /// client that sends its request head too slowly).
    public var idleTimeout: Duration

    /// Creates a configuration.
    public init(
        address: ServerAddress = ServerAddress(),
        maximumBodyBytes: Int = 32 * 1024 * 1024,
        maximumDecompressedBytes: Int = 128 * 1024 * 1024,
        maximumInFlightWrites: Int = 64,
        retryAfterSeconds: Int = 1,
        retentionDays: Int? = nil,
        retentionInterval: Duration = .seconds(3600),
        insecure: Bool = false,
        idleTimeout: Duration = .seconds(60)
    ) {
        self.address = address
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumDecompressedBytes = maximumDecompressedBytes
        self.maximumInFlightWrites = maximumInFlightWrites
        self.retryAfterSeconds = retryAfterSeconds
        self.retentionDays = retentionDays
        self.retentionInterval = retentionInterval
        self.insecure = insecure
        self.idleTimeout = idleTimeout
    }

    /// Whether requests without a key are served (as project `default`) while the store holds no key.
    var allowsOpenAccess: Bool {
        address.isLoopback || insecure
    }
}
