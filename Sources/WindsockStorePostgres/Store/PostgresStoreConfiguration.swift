/// How the PostgreSQL store connects.
public struct PostgresStoreConfiguration: Sendable, Hashable {
    /// A `postgres://user:password@host:port/database?sslmode=…` URL.
    public var url: String
    /// The most connections the pool opens.
    public var maximumConnections: Int

    /// Creates a configuration.
    public init(url: String, maximumConnections: Int = 8) {
        self.url = url
        self.maximumConnections = maximumConnections
    }
}
