/// Why `windsock server` refused to start.
public struct ServerStartupError: Error, CustomStringConvertible, Equatable {
    /// What is wrong and how to fix it.
    public var description: String

    /// Bound to a non-loopback address with no key in the store and without `--insecure`.
    static func openOnNetwork(_ address: ServerAddress) -> ServerStartupError {
        ServerStartupError(
            description: """
                Refusing to serve \(address) without API keys: anyone who can reach it could read and write \
                every trace. Create keys with `windsock keys create --project NAME --scope ingest|read`, bind to \
                127.0.0.1, or pass --insecure.
                """)
    }
}
