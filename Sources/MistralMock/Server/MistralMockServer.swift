import Hummingbird
import Logging

/// A faithful local emulator of the Mistral AI HTTP API, for tests, demos and offline use.
///
/// It serves the same routes, JSON shapes and Server-Sent Events framing as `https://api.mistral.ai`
/// (chat, FIM, agents, conversations, embeddings, moderation, classifiers, OCR, models, files, batch and
/// fine-tuning jobs), validates requests as strictly as the real API, and answers deterministically: the
/// same request always gives the same answer. State (agents, conversations, files, jobs) lives in memory.
///
/// Faults and latency can be injected by ``MockConfiguration`` or per request with headers
/// (case-insensitive, on every route):
/// - `x-mock-status: <code>`: answer with that error status and the body Mistral sends for it;
/// - `x-mock-fail-times: <n>` with `x-mock-fault-id: <id>`: only the first n requests with that id fail;
/// - `x-mock-retry-after: <seconds>`: `Retry-After` on a 429/503;
/// - `x-mock-ttft-ms: <ms>`, `x-mock-token-delay-ms: <ms>`: latency;
/// - `x-mock-drop-after-chunks: <n>`: streams are cut after n events, without their terminal event.
///
/// ```swift
/// let server = MistralMockServer(configuration: .init(apiKey: "test-key"))
/// try await server.run(port: 0) { port in print("listening on \(port)") }
/// ```
public struct MistralMockServer: Sendable {
    /// The configuration the server runs with.
    public let configuration: MockConfiguration
    private let logger: Logger

    /// A server with `configuration`, logging to `logger`.
    public init(configuration: MockConfiguration = .init(), logger: Logger = Logger(label: "windsock.mock")) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Binds and serves until the calling task is cancelled (or SIGINT/SIGTERM when `handleSignals` is
    /// true). `onStarted` is called once with the actually bound port (use port 0 to get a free one).
    public func run(
        host: String = "127.0.0.1",
        port: Int = 0,
        handleSignals: Bool = false,
        onStarted: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let application = buildApplication(host: host, port: port, onStarted: onStarted)
        if handleSignals {
            try await application.runService()
        } else {
            try await application.run()
        }
    }

    /// The Hummingbird application serving the emulator (for `HummingbirdTesting`), bound to `host:port`.
    public func buildApplication(
        host: String = "127.0.0.1",
        port: Int = 0,
        onStarted: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let service = MockService(configuration: configuration, logger: logger)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: GatewayNotFoundMiddleware())
        MockRoutes.register(on: MockRouter(router: router, service: service))
        var serverLogger = logger
        if serverLogger.logLevel < .notice {
            serverLogger.logLevel = .notice
        }
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                await onStarted(channel.localAddress?.port ?? port)
            },
            logger: serverLogger
        )
    }
}
