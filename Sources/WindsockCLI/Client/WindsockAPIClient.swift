import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import OrderedJSON

/// A small client of a Windsock server's REST API v1 and OTLP ingest, for the `windsock` commands.
struct WindsockAPIClient: Sendable {
    /// The server's base URL, without a trailing slash.
    let baseURL: String
    /// The bearer key sent with every request.
    let apiKey: String?
    /// How long one request may take.
    var timeout: TimeAmount = .seconds(30)

    /// The process's HTTP client for the API, without client spans (the demo's tracer must not trace its own
    /// reads); never shut down, it lives as long as the process.
    private static let httpClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.tracing.tracer = nil
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    /// `GET path?query` answered with JSON.
    func getJSON(_ path: String, query: [(String, String)] = []) async throws -> JSONValue {
        let url = baseURL + path + Self.queryString(query)
        let (status, body) = try await send(url: url, method: .GET, contentType: nil, body: nil)
        try Self.check(status: status, body: body, url: url)
        do {
            return try JSONParser.parse(body)
        } catch {
            throw APIClientError.malformedAnswer(url: url, reason: "\(error)")
        }
    }

    /// `POST path` with `body` of `contentType` (compressed with `contentEncoding`, e.g. `gzip`, when given); the
    /// answer's JSON body when there is one.
    @discardableResult
    func post(_ path: String, body: [UInt8], contentType: String, contentEncoding: String? = nil) async throws
        -> JSONValue?
    {
        let url = baseURL + path
        let (status, answer) = try await send(
            url: url, method: .POST, contentType: contentType, contentEncoding: contentEncoding, body: body)
        try Self.check(status: status, body: answer, url: url)
        return try? JSONParser.parse(answer)
    }

    /// Whether the server answers `GET /healthz`.
    func isHealthy() async -> Bool {
        guard let (status, _) = try? await send(url: baseURL + "/healthz", method: .GET, contentType: nil, body: nil)
        else { return false }
        return status == 200
    }

    private func send(
        url: String, method: HTTPMethod, contentType: String?, contentEncoding: String? = nil, body: [UInt8]?
    ) async throws -> (Int, [UInt8]) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
        if let contentEncoding { request.headers.add(name: "Content-Encoding", value: contentEncoding) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response: HTTPClientResponse
        do {
            response = try await Self.httpClient.execute(request, timeout: timeout)
        } catch {
            throw APIClientError.unreachable(url: baseURL, reason: Self.reason(error))
        }
        let buffer = try await response.body.collect(upTo: 512 * 1024 * 1024)
        return (Int(response.status.code), Array(buffer.readableBytesView))
    }

    private static func check(status: Int, body: [UInt8], url: String) throws {
        guard !(200..<300).contains(status) else { return }
        let parsed = try? JSONParser.parse(body)
        let message =
            parsed?["error"]?["message"]?.stringValue ?? parsed?["message"]?.stringValue
            ?? String(decoding: body.prefix(300), as: UTF8.self)
        switch status {
        case 401, 403: throw APIClientError.unauthorized(status: status, url: url, message: message)
        case 404: throw APIClientError.notFound(url: url, message: message)
        default: throw APIClientError.status(status, url: url, message: message)
        }
    }

    /// A short reason for a transport error.
    private static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        if text.contains("connectTimeout") || text.contains("deadlineExceeded") { return "timed out" }
        if text.contains("dnsFailed") || text.contains("NXDOMAIN") || text.contains("lookup") {
            return "unknown host"
        }
        return text
    }

    /// `?a=b&c=d`, percent-encoded; empty without items.
    static func queryString(_ items: [(String, String)]) -> String {
        guard !items.isEmpty else { return "" }
        return "?" + items.map { "\(percentEncoded($0.0))=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    /// The string padded on the left with zeros to `width`.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
