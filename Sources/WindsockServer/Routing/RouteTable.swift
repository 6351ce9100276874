import HTTPTypes
import Hummingbird

/// Registers routes on a router and remembers them, so that the OpenAPI document can be checked against
/// exactly what is served.
struct RouteTable {
    private let router: Router<BasicRequestContext>
    private(set) var routes: [RouteDescriptor] = []

    init(router: Router<BasicRequestContext>) {
        self.router = router
    }

    /// Routes `method path` to `handler`; any ``APIError`` it throws becomes its JSON answer.
    mutating func add(
        _ method: HTTPRequest.Method, _ path: String,
        _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
    ) {
        let route = RouteDescriptor(method: method, path: path)
        routes.append(route)
        router.on(RouterPath(route.routerPath), method: method, use: handler)
    }
}
