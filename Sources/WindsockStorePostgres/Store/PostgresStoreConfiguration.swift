/// How the PostgreSQL store connects.
public struct PostgresStoreConfiguration: Sendable, Hashable {
    /// A `postgres://user:password@host:port/database?sslmode=…` URL.
    public var url: String
    /// The most connections the pool opens.
    public var maximumConnections: Int
    /// How long the first statement waits for the database before the store gives up with an error (an
    /// unreachable host or a wrong port otherwise make the pool retry for ever). Later statements wait as long
    /// as the pool needs.
    public var connectTimeout: Duration

    /// Creates a configuration.
    public init(url: String, maximumConnections: Int = 8, connectTimeout: Duration = .seconds(15)) {
        self.url = url
        self.maximumConnections = maximumConnections
        self.connectTimeout = connectTimeout
    }
}
