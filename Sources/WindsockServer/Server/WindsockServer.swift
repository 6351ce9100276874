import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import WindsockIngest
import WindsockStore

/// The Windsock collector and API: OTLP/HTTP ingest, the REST API v1, Prometheus metrics and health, on one
/// port.
///
/// ```swift
/// let store = try await StorageLocation.sqlite(path: ".windsock/windsock.sqlite").open(logger: logger)
/// let server = WindsockServer(store: store, configuration: .init(), logger: logger)
/// try await server.run { port in logger.notice("listening on \(port)") }
/// ```
public struct WindsockServer: Sendable {
    /// The store traces are written to and read from; closed when ``run(handlesSignals:onStarted:)`` returns.
    public let store: any TraceStore
    /// How the server runs.
    public let configuration: WindsockServerConfiguration
    /// The Prometheus metrics served at `/metrics`.
    public let metrics: ServerMetrics
    private let ingestor: TraceIngestor
    private let logger: Logger

    /// A server over `store`.
    public init(
        store: any TraceStore, configuration: WindsockServerConfiguration = WindsockServerConfiguration(),
        ingestor: TraceIngestor = TraceIngestor(), metrics: ServerMetrics = ServerMetrics(),
        logger: Logger = Logger(label: "windsock.server")
    ) {
        self.store = store
        self.configuration = configuration
        self.ingestor = ingestor
        self.metrics = metrics
        self.logger = logger
    }

    /// Every route served, in registration order (the OpenAPI document describes exactly these).
    public var routes: [RouteDescriptor] {
        buildRouter(knownRoutes: []).routes
    }

    /// Throws ``ServerStartupError`` when the server would serve a non-loopback address without keys and
    /// without `insecure`.
    public func checkAccess() async throws {
        guard !configuration.address.isLoopback, !configuration.insecure else { return }
        guard try await store.keys.hasKeys() else {
            throw ServerStartupError.openOnNetwork(configuration.address)
        }
    }

    /// The Hummingbird application (for `HummingbirdTesting`, or to run inside another service group).
    /// `onStarted` receives the bound port.
    public func buildApplication(onStarted: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        let port = configuration.address.port
        return Application(
            router: buildRouter(knownRoutes: routes).router,
            server: .http1(
                configuration: HTTP1Channel.Configuration(idleTimeout: TimeAmount(configuration.idleTimeout))),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.address.host, port: port), serverName: nil),
            onServerRunning: { channel in await onStarted(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }

    /// Checks access, then serves until SIGINT or SIGTERM (when `handlesSignals`) or cancellation: the server stops
    /// accepting connections, answers the requests it has (so nothing it acknowledged is lost), stops retention
    /// and closes the store.
    public func run(
        handlesSignals: Bool = true, onStarted: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await checkAccess()
        try await serviceGroup(handlesSignals: handlesSignals, onStarted: onStarted).run()
    }

    /// The services of a running server, in start order: the store (closed last), retention, the HTTP server
    /// (shut down first); SIGINT and SIGTERM shut it down gracefully when `handlesSignals`. Does not check
    /// access: ``run(handlesSignals:onStarted:)`` does.
    public func serviceGroup(
        handlesSignals: Bool = true, onStarted: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> ServiceGroup {
        var services: [any Service] = [StoreService(store: store, logger: logger)]
        if let days = configuration.retentionDays {
            services.append(
                RetentionService(store: store, days: days, interval: configuration.retentionInterval, logger: logger))
        }
        services.append(buildApplication(onStarted: onStarted))
        return ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: handlesSignals ? [.sigterm, .sigint] : [],
                logger: logger))
    }

    /// The router and its routes; `knownRoutes` lets unknown methods on known paths get 405.
    private func buildRouter(knownRoutes: [RouteDescriptor]) -> (
        router: Router<BasicRequestContext>, routes: [RouteDescriptor]
    ) {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware(logger: logger, routes: knownRoutes))
        let services = ServerServices(store: store, configuration: configuration, metrics: metrics, logger: logger)
        var table = RouteTable(router: router)
        OTLPTraceRoute.register(on: &table, services: services, ingestor: ingestor)
        TraceRoutes.register(on: &table, services: services)
        SessionRoutes.register(on: &table, services: services)
        MetricsRoutes.register(on: &table, services: services)
        ScoreRoutes.register(on: &table, services: services)
        OperationalRoutes.register(on: &table, services: services)
        UIRoutes.register(on: router, services: services)
        return (router, table.routes)
    }
}
