import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// The default transport, built on AsyncHTTPClient.
///
/// By default it uses `HTTPClient.shared`, which needs no shutdown. Pass your own `HTTPClient` to tune
/// connection pooling, proxies or per-read timeouts (`HTTPClient.Configuration.Timeout.read` bounds the
/// silence between two stream events); you then own its shutdown.
public struct AsyncHTTPClientTransport: MistralTransport {
    /// The client that sends the requests.
    public let client: HTTPClient

    /// Creates the transport on `client`.
    public init(client: HTTPClient = .shared) {
        self.client = client
    }

    public func send(_ request: MistralHTTPRequest) async throws -> MistralHTTPResponse {
        var httpRequest = HTTPClientRequest(url: request.url)
        httpRequest.method = request.method
        httpRequest.headers = request.headers
        if let body = request.body {
            httpRequest.body = .bytes(body)
        }
        do {
            let response = try await client.execute(httpRequest, timeout: TimeAmount(request.timeout))
            return MistralHTTPResponse(
                status: Int(response.status.code),
                headers: response.headers,
                body: MistralHTTPBody(response.body)
            )
        } catch {
            throw Self.mistralError(for: error, timeout: request.timeout)
        }
    }

    /// Maps AsyncHTTPClient and NIO errors to ``MistralError``.
    static func mistralError(for error: any Error, timeout: Duration) -> MistralError {
        if let error = error as? MistralError { return error }
        if error is CancellationError { return .cancelled }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .timeout(timeout)
            case .cancelled:
                return .cancelled
            case .invalidURL, .emptyHost, .emptyScheme, .traceRequestWithBody, .bodyLengthMismatch:
                return .invalidRequest(String(describing: error))
            default:
                return .connection(underlying: error)
            }
        }
        return .connection(underlying: error)
    }
}
