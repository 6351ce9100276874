/// Where `windsock server` listens: one port for OTLP ingest, the API, the UI and metrics.
public struct ServerAddress: Sendable, Hashable, CustomStringConvertible {
    /// The interface, e.g. `127.0.0.1` or `0.0.0.0`.
    public var host: String
    /// The TCP port; 4318 (OpenTelemetry's OTLP/HTTP port) by default.
    public var port: Int

    /// Creates an address.
    public init(host: String = "127.0.0.1", port: Int = 4318) {
        self.host = host
        self.port = port
    }

    /// Whether only this machine can connect (`127.0.0.0/8`, `::1`, `localhost`).
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
