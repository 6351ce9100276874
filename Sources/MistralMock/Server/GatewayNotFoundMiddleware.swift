import Hummingbird

/// Answers requests no route matches like the real API's gateway (Kong) does:
/// 404 `{"message":"no Route matched with those values","request_id":..}`.
struct GatewayNotFoundMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return ReplyRenderer.response(for: .routeNotFound)
        }
    }
}
