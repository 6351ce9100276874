import ArgumentParser

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `--url` and `--key` (env `WINDSOCK_URL`, `WINDSOCK_API_KEY`): the running server a command talks to.
struct ServerConnection: ParsableArguments {
    @Option(
        help: "The Windsock server's base URL (default http://127.0.0.1:4318, or WINDSOCK_URL, or WINDSOCK_ENDPOINT).")
    var url: String?

    @Option(help: "An API key of the project (or WINDSOCK_API_KEY); not needed on an open loopback server.")
    var key: String?

    func validate() throws {
        _ = try baseURL()
    }

    /// The base URL, checked: `http` or `https`, a host, no query.
    func baseURL() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let text =
            url ?? environment["WINDSOCK_URL"].nonEmpty ?? environment["WINDSOCK_ENDPOINT"].nonEmpty
            ?? "http://127.0.0.1:4318"
        return try Self.checkedBaseURL(text)
    }

    /// The API key the flags or the environment give.
    var apiKey: String? {
        key ?? ProcessInfo.processInfo.environment["WINDSOCK_API_KEY"].nonEmpty
    }

    /// A client of the server.
    func client() throws -> WindsockAPIClient {
        WindsockAPIClient(baseURL: try baseURL(), apiKey: apiKey)
    }

    /// `text` without a trailing slash when it is an `http(s)://host[:port][/path]` URL.
    static func checkedBaseURL(_ text: String) throws -> String {
        guard let parsed = URL(string: text), let scheme = parsed.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = parsed.host, !host.isEmpty, parsed.query == nil
        else {
            throw ValidationError(
                "'\(text)' is not a server URL: give one like http://127.0.0.1:4318 (scheme, host and port).")
        }
        var base = text
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }
}

extension Optional where Wrapped == String {
    /// The string, or `nil` when it is missing or empty.
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
