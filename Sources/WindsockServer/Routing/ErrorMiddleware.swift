import Hummingbird
import Logging

/// Turns every error a route throws (and the router's own 404) into the API's JSON error body; a known path
/// asked with another method gets 405 with `Allow`.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger
    /// Every route served, to tell 405 from 404.
    let routes: [RouteDescriptor]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = routes.filter { $0.matches(path: request.uri.path) }.map(\.method.rawValue)
            guard allowed.isEmpty else {
                throw APIError(
                    .methodNotAllowed, code: "method_not_allowed",
                    message:
                        "\(request.uri.path) does not take \(request.method.rawValue); it takes \(allowed.joined(separator: ", ")).",
                    headers: [.allow: allowed.joined(separator: ", ")])
            }
            if request.method == .get, !request.uri.path.hasPrefix("/api/"), !request.uri.path.hasPrefix("/v1/"),
                request.headers[.accept]?.contains("text/html") == true
            {
                // A browser on a page that does not exist: a page, not the API's JSON.
                return UIResponse.html(
                    MessagePage.render(
                        title: "Not found", message: "No page at \(request.uri.path). The traces are at /.",
                        context: nil),
                    status: .notFound)
            }
            throw APIError(
                .notFound, code: "not_found", message: "No route \(request.method.rawValue) \(request.uri.path).")
        } catch let error as HTTPError {
            let code = error.status == .contentTooLarge ? "body_too_large" : "http_\(error.status.code)"
            let message = error.body ?? error.status.reasonPhrase
            throw APIError(error.status, code: code, message: message, headers: error.headers)
        } catch {
            logger.error(
                "Request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            throw APIError.serverFailure
        }
    }
}
