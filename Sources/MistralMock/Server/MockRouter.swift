import HTTPTypes
import Hummingbird
import Logging

/// A route handler: a collected request in, a reply (or a thrown ``MockAPIError``) out.
typealias MockHandler = @Sendable (MockRequest) async throws -> MockReply

/// Registers the emulator's routes on a Hummingbird router, wrapping every handler with what the real
/// API's layers do around it: key check (gateway 401), fault injection, latency, error bodies and headers.
struct MockRouter {
    /// The largest request body accepted (file uploads).
    static let maximumBodySize = 64 * 1024 * 1024

    let router: Router<BasicRequestContext>
    let service: MockService

    /// Routes `method path` (path parameters as `:name`) to `handler`.
    func add(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping MockHandler) {
        let service = self.service
        router.on(RouterPath(path), method: method) { request, context in
            await Self.respond(to: request, context: context, service: service, handler: handler)
        }
    }

    private static func respond(
        to request: Request,
        context: BasicRequestContext,
        service: MockService,
        handler: MockHandler
    ) async -> Response {
        let body: [UInt8]
        do {
            let buffer = try await request.body.collect(upTo: maximumBodySize)
            body = Array(buffer.readableBytesView)
        } catch {
            return ReplyRenderer.response(
                for: .envelope(
                    status: .contentTooLarge, message: "Request body too large", type: "invalid_request_error")
            )
        }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil {
            query[String(key)] = String(value)
        }
        var parameters: [String: String] = [:]
        for (key, value) in context.parameters {
            parameters[String(key)] = String(value)
        }
        let mockRequest = MockRequest(
            method: request.method,
            path: request.uri.path,
            query: query,
            headers: request.headers,
            body: body,
            parameters: parameters,
            baseURL: "http://" + (request.head.authority ?? "127.0.0.1")
        )
        guard service.isAuthorized(mockRequest) || FileURLSigner.isSignedDownload(mockRequest) else {
            return ReplyRenderer.response(for: .unauthorized)
        }
        let plan = await service.faults.plan(
            method: mockRequest.method,
            path: mockRequest.path,
            headers: mockRequest.headers,
            isStream: mockRequest.asksForStream
        )
        if let status = plan.status {
            await pause(plan.latency.timeToFirstToken)
            return ReplyRenderer.response(for: .injected(status: status, retryAfterSeconds: plan.retryAfterSeconds))
        }
        do {
            let reply = try await handler(mockRequest)
            var delay = plan.latency.timeToFirstToken
            if case .json(_, _, let tokens) = reply, tokens > 1 {
                delay += plan.latency.perToken * (tokens - 1)
            }
            await pause(delay)
            return ReplyRenderer.response(for: reply, plan: plan)
        } catch let error as MockAPIError {
            await pause(plan.latency.timeToFirstToken)
            return ReplyRenderer.response(for: error)
        } catch {
            service.logger.error(
                "Emulator route failed", metadata: ["path": "\(mockRequest.path)", "error": "\(error)"])
            return ReplyRenderer.response(
                for: .envelope(
                    status: .internalServerError, message: "Internal server error", type: "internal_server_error")
            )
        }
    }

    private static func pause(_ duration: Duration) async {
        guard duration > .zero else { return }
        try? await Task.sleep(for: duration)
    }
}
