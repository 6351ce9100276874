/// Why a call to a Windsock server failed, worded for the person at the terminal.
enum APIClientError: Error, CustomStringConvertible, Equatable {
    /// Nothing answered at the URL.
    case unreachable(url: String, reason: String)
    /// The server refused the key (401) or the key's scope (403).
    case unauthorized(status: Int, url: String, message: String)
    /// The resource does not exist.
    case notFound(url: String, message: String)
    /// Any other error status.
    case status(Int, url: String, message: String)
    /// The answer was not the JSON expected.
    case malformedAnswer(url: String, reason: String)

    var description: String {
        switch self {
        case .unreachable(let url, let reason):
            return """
                No Windsock server answered at \(url) (\(reason)).
                Start one with `windsock server` (or `swift run windsock server`), or point at yours with --url or \
                WINDSOCK_URL.
                """
        case .unauthorized(let status, let url, let message):
            let what = status == 401 ? "refused the API key" : "did not allow this key (wrong scope or project)"
            return """
                The server at \(url) \(what) (HTTP \(status): \(message)).
                Pass a key with --key or WINDSOCK_API_KEY; create one with `windsock keys create --project NAME \
                --scope read` (reading) or `--scope ingest` (importing).
                """
        case .notFound(let url, let message):
            return "Not found at \(url): \(message)"
        case .status(let status, let url, let message):
            return "The server at \(url) answered HTTP \(status): \(message)"
        case .malformedAnswer(let url, let reason):
            return "The answer from \(url) is not what a Windsock server sends (\(reason)); is --url right?"
        }
    }
}
