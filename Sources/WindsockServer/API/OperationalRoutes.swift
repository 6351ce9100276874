import Hummingbird
import OrderedJSON

/// `GET /healthz`, `GET /metrics` (Prometheus) and `GET /api/v1/openapi.json`.
enum OperationalRoutes {
    static func register(on table: inout RouteTable, services: ServerServices) {
        table.add(.get, "/healthz") { _, _ in
            JSONResponse.make(["status": "ok"])
        }
        table.add(.get, "/metrics") { request, _ in
            _ = try await services.authenticator.project(for: request, policy: .read)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: services.metrics.render()))
            )
        }
        table.add(.get, "/api/v1/openapi.json") { request, _ in
            _ = try await services.authenticator.project(for: request, policy: .read)
            return JSONResponse.make(OpenAPIDocument.json)
        }
    }
}
