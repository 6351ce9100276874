import Hummingbird
import OrderedJSON
import WindsockModel
import WindsockStore

/// `GET /api/v1/traces` and `GET /api/v1/traces/{trace_id}`.
enum TraceRoutes {
    /// The largest page.
    static let maximumLimit = 1000

    static func register(on table: inout RouteTable, services: ServerServices) {
        table.add(.get, "/api/v1/traces") { request, _ in
            let project = try await services.authenticator.project(for: request, policy: .read)
            let query = try listQuery(QueryParameters(request.uri.query), project: project)
            let page = try await services.storeCall("traces") { try await services.store.traces(query) }
            return JSONResponse.make([
                "data": .array(page.traces.map(\.apiJSON)),
                "next_cursor": .optional(page.nextCursor?.token),
            ])
        }
        table.add(.get, "/api/v1/traces/{trace_id}") { request, context in
            let project = try await services.authenticator.project(for: request, policy: .read)
            let text = context.parameters.get("trace_id") ?? ""
            guard let traceID = TraceID(hex: text) else {
                throw APIError.invalidParameter("trace_id", "expected 32 hex digits")
            }
            let detail = try await services.storeCall("trace") {
                try await services.store.trace(traceID, project: project)
            }
            guard let detail else { throw APIError.notFound("No trace \(traceID.hex) in this project.") }
            return JSONResponse.make(detail.apiJSON)
        }
    }

    /// The store query of a listing's parameters.
    static func listQuery(_ parameters: QueryParameters, project: ProjectID) throws(APIError) -> TraceQuery {
        var cursor: TraceCursor?
        if let token = parameters.string("cursor") {
            guard let parsed = TraceCursor(token: token) else {
                throw .invalidParameter("cursor", "not a cursor returned as next_cursor")
            }
            cursor = parsed
        }
        let from = try parameters.timestamp("from")
        let to = try parameters.timestamp("to")
        if let from, let to, from >= to {
            throw .invalidParameter("to", "must be later than 'from'")
        }
        return TraceQuery(
            project: project, from: from, to: to, model: parameters.string("model"),
            status: try parameters.choice("status", of: SpanStatus.self), userID: parameters.string("user_id"),
            sessionID: parameters.string("session_id"), tag: parameters.string("tag"), name: parameters.string("name"),
            text: parameters.string("q"), limit: try parameters.integer("limit", in: 1...maximumLimit) ?? 50,
            cursor: cursor)
    }
}
