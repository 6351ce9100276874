import Hummingbird
import Logging

/// Turns every error a route throws (and the router's own 404) into the API's JSON error body.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            let code =
                switch error.status.code {
                case 404: "not_found"
                case 405: "method_not_allowed"
                case 413: "body_too_large"
                default: "http_\(error.status.code)"
                }
            let message =
                error.status == .notFound
                ? "No route \(request.method.rawValue) \(request.uri.path)."
                : error.body ?? error.status.reasonPhrase
            throw APIError(error.status, code: code, message: message, headers: error.headers)
        } catch {
            logger.error(
                "Request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            throw APIError.serverFailure
        }
    }
}
