import Foundation

/// Where the client sends requests: Mistral's hosts, a self-deployed server, or the emulator.
///
/// ```swift
/// MistralConfiguration(baseURL: .eu)
/// MistralConfiguration(baseURL: .custom(URL(string: "http://127.0.0.1:8080")!))
/// ```
/// A path in a custom URL (e.g. `https://gateway.example.com/mistral`) is kept as a prefix of every route.
public struct MistralBaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The URL.
    public var url: URL {
        didSet { (host, port) = Self.hostAndPort(of: url) }
    }
    /// The host name, e.g. `api.mistral.ai` (worked out once: every traced call records it).
    public private(set) var host: String
    /// The port, explicit or implied by the scheme.
    public private(set) var port: Int

    /// Creates a base URL.
    public init(_ url: URL) {
        self.url = url
        (host, port) = Self.hostAndPort(of: url)
    }

    /// Creates a base URL from text, or `nil` when the text is not an absolute http(s) URL.
    public init?(string: String) {
        guard let url = URL(string: string), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        self.url = url
        (host, port) = Self.hostAndPort(of: url)
    }

    /// `https://api.mistral.ai`, the default.
    public static let production = MistralBaseURL(fixed: "https://api.mistral.ai")
    /// `https://api.eu.mistral.ai`.
    public static let eu = MistralBaseURL(fixed: "https://api.eu.mistral.ai")
    /// `https://api.us.mistral.ai`.
    public static let us = MistralBaseURL(fixed: "https://api.us.mistral.ai")
    /// `https://codestral.mistral.ai`, the Codestral FIM host (it takes its own key).
    public static let codestral = MistralBaseURL(fixed: "https://codestral.mistral.ai")

    /// Any other server: a self-deployed model, a gateway, or the emulator.
    public static func custom(_ url: URL) -> MistralBaseURL {
        MistralBaseURL(url)
    }

    private init(fixed: String) {
        // The literals above are valid URLs; the fallback only keeps this free of force unwraps.
        let url = URL(string: fixed) ?? URL(fileURLWithPath: "/")
        self.url = url
        (host, port) = Self.hostAndPort(of: url)
    }

    /// The host, and the port explicit or implied by the scheme.
    private static func hostAndPort(of url: URL) -> (String, Int) {
        let port = url.port ?? (url.scheme?.lowercased() == "http" ? 80 : 443)
        return (url.host ?? "", port)
    }

    public var description: String { url.absoluteString }

    /// The absolute URL of `path` (which starts with `/`) with an optional query.
    func url(path: String, query: [MistralQueryItem]) -> String {
        var base = url.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        var result = base + path
        if !query.isEmpty {
            result += "?" + query.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
        }
        return result
    }

    private static let allowedQueryCharacters: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowedQueryCharacters) ?? text
    }

    private static let allowedPathCharacters: CharacterSet = {
        var set = allowedQueryCharacters
        set.insert(charactersIn: ":@!$&'()*+,;=")
        return set
    }()

    /// Percent-encodes one path segment (an id such as `ft:open-mistral-7b:abc:1234`).
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowedPathCharacters) ?? text
    }
}
