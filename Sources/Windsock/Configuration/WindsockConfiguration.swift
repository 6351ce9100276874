import Logging
import Metrics
import WindsockModel

/// Everything ``Windsock/bootstrap(_:)`` sets up. ``fromEnvironment(_:)`` reads it from the environment.
public struct WindsockConfiguration: Sendable {
    /// Where spans go.
    public var destination: WindsockDestination
    /// Also print every span to the console (`WINDSOCK_CONSOLE=true`).
    public var printsToConsole: Bool
    /// `service.name` and other resource attributes.
    public var resource: WindsockResource
    /// The share of traces exported (0…1); traces holding an error are always exported.
    public var sampleRatio: Double
    /// Whether prompts, completions and other content are recorded; when `false` they are dropped from every
    /// span before it leaves the tracer.
    public var captureContent: Bool
    /// Masks or drops content before export.
    public var redactor: Redactor?
    /// Prices for `windsock.cost_usd` (Mistral's list prices by default; `WINDSOCK_PRICES_FILE` or
    /// `WINDSOCK_PRICES` override entries).
    public var prices: PriceTable
    /// Batching and queue bounds.
    public var batch: BatchSettings
    /// How many recent traces ``Windsock/recentTraces()`` keeps.
    public var recentTraceCapacity: Int
    /// Whether tracing starts enabled (``Windsock/isEnabled`` toggles it at run time).
    public var isEnabled: Bool
    /// How long ``Windsock/shutdown()`` waits at most.
    public var shutdownTimeout: Duration
    /// Where the SDK logs export failures and retries.
    public var logger: Logger
    /// Where the export counters go; `nil` for the bootstrapped `MetricsSystem`.
    public var metricsFactory: (any MetricsFactory)?

    /// Creates a configuration.
    public init(
        destination: WindsockDestination, printsToConsole: Bool = false,
        resource: WindsockResource = WindsockResource(),
        sampleRatio: Double = 1, captureContent: Bool = true, redactor: Redactor? = nil, prices: PriceTable = .mistral,
        batch: BatchSettings = BatchSettings(),
        recentTraceCapacity: Int = 64, isEnabled: Bool = true, shutdownTimeout: Duration = .seconds(5),
        logger: Logger = Logger(label: "windsock"), metricsFactory: (any MetricsFactory)? = nil
    ) {
        self.destination = destination
        self.printsToConsole = printsToConsole
        self.resource = resource
        self.sampleRatio = sampleRatio
        self.captureContent = captureContent
        self.redactor = redactor
        self.prices = prices
        self.batch = batch
        self.recentTraceCapacity = recentTraceCapacity
        self.isEnabled = isEnabled
        self.shutdownTimeout = shutdownTimeout
        self.logger = logger
        self.metricsFactory = metricsFactory
    }
}
