import Foundation
import Instrumentation
import Logging
import NIOConcurrencyHelpers
import Tracing
import WindsockModel
import WindsockStoreSQLite

/// Windsock's one-line set-up and process-wide controls.
///
/// ```swift
/// try Windsock.bootstrap()          // reads WINDSOCK_ENDPOINT, OTEL_* …; no endpoint: the embedded store
/// let mistral = Mistral()           // every call is now traced
/// try await observe("answer_question", kind: .chain) { span in … }
/// print(Windsock.lastTraceID as Any)
/// await Windsock.shutdown()
/// ```
///
/// Every control acts on the Windsock tracer active for the calling task: one bound with `withTracer(_:_:)`,
/// else the bootstrapped one. Without any, they do nothing and answer `nil` or empty.
public enum Windsock {
    private static let installed = NIOLockedValueBox<WindsockTracer?>(nil)

    /// Installs Windsock's tracer as the process's swift-distributed-tracing backend.
    ///
    /// Call it once, at start-up, before creating HTTP clients (AsyncHTTPClient reads the tracer when its
    /// configuration is made). `nil` reads the configuration from the environment
    /// (``WindsockConfiguration/fromEnvironment(_:fallback:)``).
    ///
    /// When the application already bootstrapped another tracer (swift-otel, for one), swift-distributed-tracing
    /// allows no second backend: Windsock then logs a warning through the configuration's logger, leaves the
    /// application's tracer in place (the Mistral client's spans, with all their attributes, go through it) and
    /// returns its own tracer without installing it. ``isProcessTracer`` tells which happened; bind the returned
    /// tracer with `withTracer(_:_:)` to send a scope's spans to Windsock as well. Call it outside any
    /// `withTracer(_:_:)` scope: inside one, the bound tracer hides whether the process has a backend.
    ///
    /// - Throws: ``WindsockConfigurationError`` for a malformed setting, ``WindsockError/alreadyBootstrapped``
    ///   on a second call.
    @discardableResult
    public static func bootstrap(_ configuration: WindsockConfiguration? = nil) throws -> WindsockTracer {
        let configuration =
            try configuration
            ?? WindsockConfiguration.fromEnvironment(fallback: defaultDestination(ProcessInfo.processInfo.environment))
        return try installed.withLockedValue { installed in
            guard installed == nil else { throw WindsockError.alreadyBootstrapped }
            let tracer = try WindsockTracer(configuration: configuration)
            let existing = InstrumentationSystem.instrument
            if existing is NoOpInstrument {
                InstrumentationSystem.bootstrap(tracer)
                installedAsProcessTracer.withLockedValue { $0 = true }
            } else {
                configuration.logger.warning(
                    """
                    Windsock.bootstrap: another tracer is already the process's swift-distributed-tracing backend \
                    and cannot be replaced; Mistral spans go to it. Windsock's tracer is not installed: bind it \
                    with withTracer(_:_:) where its spans are wanted too.
                    """,
                    metadata: ["existing_instrument": "\(String(reflecting: type(of: existing)))"])
            }
            installed = tracer
            return tracer
        }
    }

    private static let installedAsProcessTracer = NIOLockedValueBox(false)

    /// Whether ``bootstrap(_:)`` installed Windsock's tracer as the process's backend; `false` before it and when
    /// the application had bootstrapped another tracer first.
    public static var isProcessTracer: Bool { installedAsProcessTracer.withLockedValue { $0 } }

    /// Where spans go when no endpoint is configured: the embedded store, at `WINDSOCK_STORE_PATH` or
    /// `./.windsock/windsock.sqlite`.
    public static func defaultDestination(_ environment: [String: String]) -> WindsockDestination {
        guard let path = environment["WINDSOCK_STORE_PATH"], !path.isEmpty else {
            return .embeddedStore(.embeddedDefault)
        }
        return .embeddedStore(SQLiteStoreConfiguration(path: path))
    }

    /// The Windsock tracer of the calling task: the task-local one, else the one ``bootstrap(_:)`` made (installed
    /// or not, see ``isProcessTracer``).
    public static var tracer: WindsockTracer? {
        if let tracer = InstrumentationSystem.tracer as? WindsockTracer { return tracer }
        return installed.withLockedValue { $0 }
    }

    /// Whether spans are recorded; toggle it at run time.
    public static var isEnabled: Bool {
        get { tracer?.isEnabled ?? false }
        set { tracer?.isEnabled = newValue }
    }

    /// Whether prompts, completions and other content are kept.
    public static var captureContent: Bool {
        get { tracer?.captureContent ?? false }
        set { tracer?.captureContent = newValue }
    }

    /// The id of the last trace whose root span ended (MLflow's `get_last_active_trace_id`).
    public static var lastTraceID: TraceID? { tracer?.lastTraceID }

    /// A recent trace with its spans, usage, cost and duration (MLflow's `get_trace`).
    public static func trace(id: TraceID) -> RecordedTrace? { tracer?.trace(id: id) }

    /// The recent traces, newest first.
    public static func recentTraces() -> [RecordedTrace] { tracer?.recentTraces() ?? [] }

    /// Spans exported, dropped, failed and sampled out so far.
    public static var exportCounts: ExportCounts { tracer?.exportCounts ?? ExportCounts() }

    /// Exports what is queued, waiting up to `timeout`.
    @discardableResult
    public static func forceFlush(timeout: Duration = .seconds(5)) async -> Bool {
        await tracer?.forceFlush(timeout: timeout) ?? true
    }

    /// Flushes and releases the exporter, waiting up to `timeout` (the configured one by default).
    @discardableResult
    public static func shutdown(timeout: Duration? = nil) async -> Bool {
        await tracer?.shutdown(timeout: timeout) ?? true
    }
}

/// Misuse of the Windsock set-up.
public enum WindsockError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ``Windsock/bootstrap(_:)`` was called a second time.
    case alreadyBootstrapped

    public var description: String {
        switch self {
        case .alreadyBootstrapped: "Windsock.bootstrap was already called in this process"
        }
    }
}
