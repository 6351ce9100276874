import ServiceLifecycle

/// Runs as a ServiceLifecycle service: on graceful shutdown it flushes and shuts the tracer down (up to its
/// deadline), so no span is lost when the application stops.
///
/// ```swift
/// let tracer = try Windsock.bootstrap()
/// let group = ServiceGroup(services: [app, WindsockService(tracer: tracer)], logger: logger)
/// try await group.run()
/// ```
public struct WindsockService: Service {
    private let tracer: WindsockTracer
    private let timeout: Duration?

    /// A service for `tracer`; `timeout` overrides the configured shutdown deadline.
    public init(tracer: WindsockTracer, timeout: Duration? = nil) {
        self.tracer = tracer
        self.timeout = timeout
    }

    public func run() async throws {
        // Waits for graceful shutdown (or cancellation); either way the tracer is flushed and shut down.
        try? await gracefulShutdown()
        await tracer.shutdown(timeout: timeout)
    }
}
