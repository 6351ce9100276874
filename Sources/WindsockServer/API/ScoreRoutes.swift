import Hummingbird
import OrderedJSON
import WindsockModel

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `POST /api/v1/scores` (feedback and evaluations) and `GET /api/v1/scores?trace_id=`.
enum ScoreRoutes {
    /// The largest score body.
    static let maximumBodyBytes = 256 * 1024

    static func register(on table: inout RouteTable, services: ServerServices) {
        table.add(.post, "/api/v1/scores") { request, _ in
            let project = try await services.authenticator.project(for: request, policy: .score)
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: maximumBodyBytes)
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                throw APIError(
                    .contentTooLarge, code: "body_too_large",
                    message: "A score body is at most \(maximumBodyBytes) bytes.")
            }
            let score = try ScoreRequest.parse(Array(body.readableBytesView), now: Timestamp(Date()))
            try await services.storeCall("addScore") { try await services.store.addScore(score, project: project) }
            return JSONResponse.make(score.apiJSON, status: .created)
        }
        table.add(.get, "/api/v1/scores") { request, _ in
            let project = try await services.authenticator.project(for: request, policy: .read)
            guard let traceID = try QueryParameters(request.uri.query).traceID("trace_id") else {
                throw APIError.invalidParameter("trace_id", "required: a trace id of 32 hex digits")
            }
            let scores = try await services.storeCall("scores") {
                try await services.store.scores(traceID: traceID, project: project)
            }
            return JSONResponse.make(["data": .array(scores.map(\.apiJSON))])
        }
    }
}
