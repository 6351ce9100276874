/// Code that runs around every operation of a ``Mistral`` client, e.g. to trace it.
///
/// A middleware wraps the whole operation, retries included: one call of `intercept` per operation call,
/// however many HTTP attempts it took. Both requirements have pass-through default implementations.
///
/// ```swift
/// struct Timing: MistralMiddleware {
///     func intercept<Response: Sendable>(
///         _ call: MistralCall, next: @Sendable (MistralCall) async throws -> Response
///     ) async throws -> Response {
///         let start = ContinuousClock.now
///         defer { print(call.operation.name, ContinuousClock.now - start) }
///         return try await next(call)
///     }
/// }
/// ```
///
/// For streams, `next` returns once the response head has arrived; wrap the stream with
/// ``MistralStream/observing(onElement:onTermination:)`` to see each element and how it ended.
public protocol MistralMiddleware: Sendable {
    /// Runs around an operation that returns one response (decoded, or raw bytes for downloads).
    func intercept<Response: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> Response
    ) async throws -> Response

    /// Runs around an operation that returns a stream.
    func interceptStream<Element: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> MistralStream<Element>
    ) async throws -> MistralStream<Element>
}

extension MistralMiddleware {
    public func intercept<Response: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> Response
    ) async throws -> Response {
        try await next(call)
    }

    public func interceptStream<Element: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> MistralStream<Element>
    ) async throws -> MistralStream<Element> {
        try await next(call)
    }
}
