import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Runs every operation: middlewares, request building, retries, timeouts, transport and decoding.
struct MistralRuntime: Sendable {
    let apiKey: APIKey?
    let configuration: MistralConfiguration
    /// The client's tracing middleware (when enabled), then the configured ones.
    let middlewares: [any MistralMiddleware]

    init(apiKey: APIKey?, configuration: MistralConfiguration) {
        self.apiKey = apiKey
        self.configuration = configuration
        let tracing: [any MistralMiddleware] =
            configuration.tracing.isEnabled ? [MistralTracingMiddleware(options: configuration.tracing)] : []
        self.middlewares = tracing + configuration.middlewares
    }

    /// A complete (non-streamed) answer.
    struct CollectedResponse: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    // MARK: Operations

    /// Sends a request and decodes a JSON answer.
    func send<Response: Decodable & Sendable>(
        _ operation: MistralOperation,
        path: String? = nil,
        query: [MistralQueryItem] = [],
        request: (any Encodable & Sendable)?,
        payload: RequestPayload? = nil,
        as type: Response.Type = Response.self
    ) async throws -> Response {
        let call = makeCall(operation, path: path, query: query, request: request)
        let payload = payload ?? (request == nil ? .empty : .json)
        return try await Self.intercept(middlewares[...], call) { call in
            let response = try await self.collect(call, payload: payload, accept: "application/json")
            return try Self.decode(Response.self, from: response.body)
        }
    }

    /// Sends a request whose JSON answer is ignored except for errors (e.g. `204 No Content` deletions).
    func sendIgnoringBody(
        _ operation: MistralOperation,
        path: String? = nil,
        query: [MistralQueryItem] = [],
        request: (any Encodable & Sendable)? = nil
    ) async throws {
        let call = makeCall(operation, path: path, query: query, request: request)
        let payload: RequestPayload = request == nil ? .empty : .json
        try await Self.intercept(middlewares[...], call) { call in
            _ = try await self.collect(call, payload: payload, accept: "application/json")
        }
    }

    /// Sends a request and returns the raw answer bytes (file downloads).
    func download(_ operation: MistralOperation, path: String) async throws -> Data {
        let call = makeCall(operation, path: path, query: [], request: nil)
        return try await Self.intercept(middlewares[...], call) { call in
            let response = try await self.collect(call, payload: .empty, accept: "application/octet-stream")
            return Data(response.body)
        }
    }

    /// Opens a stream: the request is sent (and retried) now; `decode` turns the body into elements.
    func stream<Element: Sendable>(
        _ operation: MistralOperation,
        path: String? = nil,
        request: any Encodable & Sendable,
        decode: @escaping @Sendable (MistralHTTPResponse) -> MistralStream<Element>
    ) async throws -> MistralStream<Element> {
        let call = makeCall(operation, path: path, query: [], request: request)
        return try await Self.interceptStream(middlewares[...], call) { call in
            let httpRequest = try self.httpRequest(for: call, payload: .json, accept: "text/event-stream")
            let response = try await self.withRetries(call) {
                try await self.withTimeout {
                    let response = try await self.transportSend(httpRequest)
                    guard (200..<300).contains(response.status) else {
                        let body = try await self.readBody(response.body, limit: 1024 * 1024)
                        throw MistralError.api(
                            MistralAPIError(status: response.status, headers: response.headers, body: body))
                    }
                    return response
                }
            }
            return decode(response)
        }
    }

    // MARK: Calls

    func makeCall(
        _ operation: MistralOperation,
        path: String?,
        query: [MistralQueryItem],
        request: (any Encodable & Sendable)?
    ) -> MistralCall {
        MistralCall(
            operation: operation,
            path: path ?? operation.pathTemplate,
            query: query,
            request: request,
            headers: [:],
            baseURL: configuration.baseURL
        )
    }

    private static func intercept<Response: Sendable>(
        _ middlewares: ArraySlice<any MistralMiddleware>,
        _ call: MistralCall,
        _ final: @escaping @Sendable (MistralCall) async throws -> Response
    ) async throws -> Response {
        guard let first = middlewares.first else { return try await final(call) }
        let rest = middlewares.dropFirst()
        return try await first.intercept(call) { call in
            try await intercept(rest, call, final)
        }
    }

    private static func interceptStream<Element: Sendable>(
        _ middlewares: ArraySlice<any MistralMiddleware>,
        _ call: MistralCall,
        _ final: @escaping @Sendable (MistralCall) async throws -> MistralStream<Element>
    ) async throws -> MistralStream<Element> {
        guard let first = middlewares.first else { return try await final(call) }
        let rest = middlewares.dropFirst()
        return try await first.interceptStream(call) { call in
            try await interceptStream(rest, call, final)
        }
    }

    // MARK: HTTP

    private func collect(_ call: MistralCall, payload: RequestPayload, accept: String) async throws -> CollectedResponse
    {
        let httpRequest = try httpRequest(for: call, payload: payload, accept: accept)
        return try await withRetries(call) {
            try await self.withTimeout {
                let response = try await self.transportSend(httpRequest)
                let body = try await self.readBody(response.body, limit: self.configuration.maximumResponseBytes)
                guard (200..<300).contains(response.status) else {
                    throw MistralError.api(
                        MistralAPIError(status: response.status, headers: response.headers, body: body))
                }
                return CollectedResponse(status: response.status, headers: response.headers, body: body)
            }
        }
    }

    func httpRequest(for call: MistralCall, payload: RequestPayload, accept: String) throws -> MistralHTTPRequest {
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: configuration.userAgent)
        headers.add(name: "Accept", value: accept)
        for (name, value) in configuration.extraHeaders {
            headers.replaceOrAdd(name: name, value: value)
        }
        for (name, value) in call.headers {
            headers.replaceOrAdd(name: name, value: value)
        }
        if let apiKey {
            headers.replaceOrAdd(name: "Authorization", value: "Bearer \(apiKey.value)")
        } else if !headers.contains(name: "Authorization") {
            throw MistralError.missingAPIKey
        }
        var body: ByteBuffer?
        switch payload {
        case .empty:
            break
        case .json:
            guard let request = call.request else { break }
            do {
                body = ByteBuffer(bytes: try JSONCoding.encoder.encode(request))
            } catch {
                throw MistralError.invalidRequest("the \(type(of: request)) could not be encoded: \(error)")
            }
            headers.replaceOrAdd(name: "Content-Type", value: "application/json")
        case .bytes(let bytes, let contentType):
            body = bytes
            headers.replaceOrAdd(name: "Content-Type", value: contentType)
        }
        return MistralHTTPRequest(
            method: call.operation.method,
            url: call.baseURL.url(path: call.path, query: call.query),
            headers: headers,
            body: body,
            timeout: configuration.timeout
        )
    }

    private func transportSend(_ request: MistralHTTPRequest) async throws -> MistralHTTPResponse {
        configuration.logger.debug(
            "Mistral request",
            metadata: ["method": "\(request.method.rawValue)", "url": "\(request.url)"]
        )
        do {
            let response = try await configuration.transport.send(request)
            configuration.logger.debug(
                "Mistral response",
                metadata: ["status": "\(response.status)", "url": "\(request.url)"]
            )
            return response
        } catch {
            throw Self.normalize(error)
        }
    }

    private func readBody(_ body: MistralHTTPBody, limit: Int) async throws -> [UInt8] {
        do {
            return try await body.collect(upTo: limit)
        } catch {
            throw Self.normalize(error)
        }
    }

    /// Runs `operation` with the configured timeout; the timeout cancels it.
    /// Runs `operation` as a task of its own that is cancelled when the configured timeout passes first (then
    /// the call fails with ``MistralError/timeout(_:)``) or when the calling task is cancelled. The deadline is
    /// watched by ``CallDeadlines`` rather than by a timer of the call's own.
    private func withTimeout<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let timeout = configuration.timeout
        // Unstructured, so that the deadline's watcher can cancel it; it inherits the caller's task-locals (the
        // span context) and priority, and the cancellation handler below passes the caller's cancellation on.
        // Where the platform has it, the task starts on the caller's thread and only moves when it first waits
        // (for the network), so that an answer ready at once costs no thread hand-off.
        let task: Task<T, any Error>
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            task = Task.immediate { try await operation() }
        } else {
            task = Task { try await operation() }
        }
        let deadline = CallDeadlines.shared.register(after: timeout) { task.cancel() }
        let result: Result<T, any Error>
        do {
            result = .success(
                try await withTaskCancellationHandler {
                    try await task.value
                } onCancel: {
                    task.cancel()
                })
        } catch {
            result = .failure(error)
        }
        // Past the deadline the operation was cancelled, and whatever it returned (a body cut short) or threw
        // (cancellation) is not the answer.
        if CallDeadlines.shared.remove(deadline) { throw MistralError.timeout(timeout) }
        return try result.get()
    }

    /// Runs `attempt` until it succeeds, the retry policy gives up, or the task is cancelled.
    private func withRetries<T: Sendable>(
        _ call: MistralCall,
        _ attempt: @Sendable () async throws -> T
    ) async throws -> T {
        let policy = configuration.retryPolicy
        var attemptNumber = 1
        while true {
            do {
                if Task.isCancelled { throw MistralError.cancelled }
                return try await attempt()
            } catch {
                let error = Task.isCancelled ? MistralError.cancelled : Self.normalize(error)
                guard let delay = policy.delay(afterAttempt: attemptNumber, error: error) else { throw error }
                configuration.logger.notice(
                    "Retrying Mistral request",
                    metadata: [
                        "operation": "\(call.operation.name)",
                        "attempt": "\(attemptNumber)",
                        "delay": "\(delay)",
                        "error": "\(error)",
                    ]
                )
                do {
                    try await Task.sleep(for: delay)
                } catch {
                    throw MistralError.cancelled
                }
                attemptNumber += 1
            }
        }
    }

    /// Maps any error to ``MistralError``.
    static func normalize(_ error: any Error) -> MistralError {
        if let error = error as? MistralError { return error }
        if error is CancellationError { return .cancelled }
        return .connection(underlying: error)
    }

    static func decode<T: Decodable>(_ type: T.Type, from body: [UInt8]) throws -> T {
        do {
            return try JSONCoding.decoder.decode(T.self, from: Data(body))
        } catch {
            throw MistralError.decoding(MistralDecodingFailure(type: T.self, error: error, body: body))
        }
    }
}
