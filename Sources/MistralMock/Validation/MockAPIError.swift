import HTTPTypes
import OrderedJSON

/// An error answer, with the status and body the real API sends for it.
///
/// Bodies follow the layer that produces them in the real service: the gateway (Kong) answers 401 and
/// unknown routes with `{"message":..,"request_id":..}`; the application answers everything else with the
/// OpenAI-style envelope `{"object":"error","message":..,"type":..,"param":null,"code":..}`, where
/// `message` is a string or, for 422 validation errors, the object `{"detail":[..]}`.
struct MockAPIError: Error, Sendable {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// The JSON body.
    var body: JSONValue
    /// Extra response headers (e.g. `Retry-After`).
    var headers: HTTPFields = [:]

    /// The application-layer envelope.
    static func envelope(
        status: HTTPResponse.Status,
        message: JSONValue,
        type: String,
        code: String? = nil
    ) -> MockAPIError {
        MockAPIError(
            status: status,
            body: [
                "object": "error",
                "message": message,
                "type": .string(type),
                "param": nil,
                "code": .optional(code),
            ]
        )
    }

    /// The gateway body: `{"message":..,"request_id":..}`.
    static func gateway(status: HTTPResponse.Status, message: String) -> MockAPIError {
        var random = SystemRandomNumberGenerator()
        let requestID = (0..<2).map { _ in hex16(random.next()) }.joined()
        return MockAPIError(status: status, body: ["message": .string(message), "request_id": .string(requestID)])
    }

    /// 401 from the gateway for a missing or wrong API key.
    static var unauthorized: MockAPIError {
        gateway(status: .unauthorized, message: "Unauthorized")
    }

    /// 404 from the gateway for a path no route matches.
    static var routeNotFound: MockAPIError {
        gateway(status: .notFound, message: "no Route matched with those values")
    }

    /// 400 `invalid_model`, code `1500`.
    static func invalidModel(_ model: String) -> MockAPIError {
        envelope(status: .badRequest, message: .string("Invalid model: \(model)"), type: "invalid_model", code: "1500")
    }

    /// 400 `invalid_request_error` with a plain message.
    static func invalidRequest(_ message: String, code: String? = nil) -> MockAPIError {
        envelope(status: .badRequest, message: .string(message), type: "invalid_request_error", code: code)
    }

    /// 404 for a missing resource (agent, conversation, file, job, model).
    static func notFound(_ message: String) -> MockAPIError {
        envelope(status: .notFound, message: .string(message), type: "invalid_request_error", code: nil)
    }

    /// 422 with FastAPI/pydantic validation details wrapped in the envelope.
    static func validation(_ details: [ValidationIssue]) -> MockAPIError {
        envelope(
            status: .unprocessableContent,
            message: ["detail": .array(details.map(\.json))],
            type: "invalid_request_error"
        )
    }

    /// The error a fault injection asks for: the body Mistral sends with that status.
    static func injected(status code: Int, retryAfterSeconds: Int?) -> MockAPIError {
        let reason = reasonPhrases[code] ?? "Error"
        let status = HTTPResponse.Status(code: code, reasonPhrase: reason)
        var error: MockAPIError
        switch code {
        case 401:
            error = .unauthorized
        case 429:
            error = envelope(
                status: status,
                message: "Rate limit exceeded",
                type: "rate_limited",
                code: "1300"
            )
        case 400:
            error = envelope(status: status, message: "Bad request", type: "invalid_request_error")
        default:
            error = envelope(status: status, message: .string(reason), type: snakeCase(reason))
        }
        if code == 429 || code == 503, let seconds = retryAfterSeconds ?? (code == 429 ? 1 : nil) {
            error.headers[.retryAfter] = String(seconds)
        }
        return error
    }

    private static let reasonPhrases: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
        405: "Method Not Allowed", 408: "Request Timeout", 409: "Conflict", 413: "Content Too Large",
        415: "Unsupported Media Type", 422: "Unprocessable Content", 429: "Too Many Requests",
        500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout",
    ]

    private static func snakeCase(_ phrase: String) -> String {
        phrase.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
