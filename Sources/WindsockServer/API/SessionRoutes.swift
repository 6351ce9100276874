import Hummingbird
import OrderedJSON

/// `GET /api/v1/sessions/{session_id}`: a session's traces, oldest first.
enum SessionRoutes {
    static func register(on table: inout RouteTable, services: ServerServices) {
        table.add(.get, "/api/v1/sessions/{session_id}") { request, context in
            let project = try await services.authenticator.project(for: request, policy: .read)
            guard let sessionID = context.parameters.get("session_id"), !sessionID.isEmpty else {
                throw APIError.invalidParameter("session_id", "must not be empty")
            }
            let traces = try await services.storeCall("session") {
                try await services.store.session(sessionID, project: project)
            }
            guard !traces.isEmpty else {
                throw APIError.notFound("No trace of session '\(sessionID)' in this project.")
            }
            return JSONResponse.make([
                "session_id": .string(sessionID),
                "data": .array(traces.map(\.apiJSON)),
            ])
        }
    }
}
