import HTTPTypes
import Hummingbird
import OrderedJSON

/// An error answered as `{"error": {"code", "message"}}` with its HTTP status.
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable machine-readable code, e.g. `invalid_parameter`, `not_found`, `unauthorized`.
    public var code: String
    /// What went wrong, for people; names the parameter when one is bad.
    public var message: String
    /// Extra headers, e.g. `Retry-After`.
    public var headers: HTTPFields

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    /// A bad query parameter, path parameter or body field: 400 naming it.
    static func invalidParameter(_ name: String, _ problem: String) -> APIError {
        APIError(.badRequest, code: "invalid_parameter", message: "Invalid parameter '\(name)': \(problem)")
    }

    /// A body that is not what the route takes: 400.
    static func invalidBody(_ problem: String) -> APIError {
        APIError(.badRequest, code: "invalid_body", message: problem)
    }

    /// Something that does not exist in the caller's project: 404.
    static func notFound(_ message: String) -> APIError {
        APIError(.notFound, code: "not_found", message: message)
    }

    /// A failure of the server itself (the store): 500, without internals in the message.
    static let serverFailure = APIError(
        .internalServerError, code: "internal_error", message: "The server failed to process the request.")

    /// The JSON body.
    var json: JSONValue {
        ["error": ["code": .string(code), "message": .string(message)]]
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONResponse.make(json, status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}
