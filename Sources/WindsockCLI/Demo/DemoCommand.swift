import ArgumentParser
import AsyncHTTPClient
import Logging
import MistralAI
import MistralMock
import ServiceLifecycle
import Windsock
import WindsockServer

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `windsock demo`: the whole product in one command — a server, the emulator, and an instrumented app that runs
/// every workflow of the guides, then a summary of the traces it made.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run an instrumented Swift app through every traced workflow and serve the traces it made.",
        discussion: """
            Starts a Windsock server in this process (SQLite by default) and the Mistral \
            emulator (real Mistral when MISTRAL_API_KEY is set), runs the workflows — chat, \
            chained calls, streaming, async, async streaming, function calling, \
            embeddings, RAG, an agent with two tools, a three-turn conversation with a \
            user and a session, a failing call — prints a summary and keeps serving until \
            Ctrl-C.

            Examples:
              # Then open http://127.0.0.1:4318/
              windsock demo
              # Run once into a scratch store and stop.
              windsock demo --exit --sqlite /tmp/demo.sqlite
              # Any free port.
              windsock demo --port 0 --exit
              # Send to a server already running.
              windsock demo --endpoint http://127.0.0.1:4318 --exit
              # Call the real Mistral API.
              MISTRAL_API_KEY=… windsock demo
            """
    )

    @Option(help: "The address the demo's server binds (default 127.0.0.1, or WINDSOCK_HOST).")
    var host: String?

    @Option(help: "The port of the demo's server (default 4318; 0 picks a free one; or WINDSOCK_PORT).")
    var port: Int?

    @OptionGroup var storage: StorageOptions

    @Option(help: "Send to the Windsock server at this URL instead of starting one (e.g. http://127.0.0.1:4318).")
    var endpoint: String?

    @Option(help: "The API key for --endpoint (or WINDSOCK_API_KEY): an ingest key sends; the summary needs read.")
    var key: String?

    @Flag(help: "Stop once the workflows are done and the summary is printed, instead of serving until Ctrl-C.")
    var exit = false

    @Option(name: .customLong("mock-ttft-ms"), help: "The emulator's delay before each answer (default 40).")
    var mockTimeToFirstTokenMilliseconds = 40

    @Option(name: .customLong("mock-token-delay-ms"), help: "The emulator's delay between streamed tokens (default 4).")
    var mockTokenDelayMilliseconds = 4

    mutating func validate() throws {
        if let port = resolvedPort, !(0...65_535).contains(port) {
            throw ValidationError("The port must be between 0 and 65535.")
        }
        if let endpoint { _ = try ServerConnection.checkedBaseURL(endpoint) }
        guard mockTimeToFirstTokenMilliseconds >= 0, mockTokenDelayMilliseconds >= 0 else {
            throw ValidationError("Latencies must not be negative.")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var logger = Logger(label: "windsock.demo")
        logger.logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        let host = host ?? environment["WINDSOCK_HOST"] ?? "127.0.0.1"
        let realMistralKey = environment["MISTRAL_API_KEY"].nonEmpty
        let apiKey = key ?? environment["WINDSOCK_API_KEY"].nonEmpty
        let (events, continuation) = AsyncStream<DemoEvent>.makeStream()

        var serverGroup: ServiceGroup?
        if endpoint == nil {
            let store = try await storage.location.open(logger: logger)
            let server = WindsockServer(
                store: store,
                configuration: WindsockServerConfiguration(
                    address: ServerAddress(host: host, port: resolvedPort ?? 4318)),
                logger: logger)
            do {
                try await server.checkAccess()
            } catch {
                try? await store.close()
                throw error
            }
            serverGroup = server.serviceGroup(handlesSignals: !exit) { port in
                continuation.yield(.serverStarted(port: port))
            }
        }
        var mockGroup: ServiceGroup?
        if realMistralKey == nil {
            let mock = MistralMockServer(
                configuration: MockConfiguration(
                    latency: MockLatency(
                        timeToFirstToken: .milliseconds(mockTimeToFirstTokenMilliseconds),
                        perToken: .milliseconds(mockTokenDelayMilliseconds))),
                logger: logger)
            let application = mock.buildApplication(host: "127.0.0.1", port: 0) { port in
                continuation.yield(.mockStarted(port: port))
            }
            mockGroup = ServiceGroup(
                configuration: ServiceGroupConfiguration(
                    services: [.init(service: application)], gracefulShutdownSignals: [], logger: logger))
        }

        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, serviceGroup) in [("Windsock server", serverGroup), ("Mistral emulator", mockGroup)] {
                guard let serviceGroup else { continue }
                group.addTask {
                    do {
                        try await serviceGroup.run()
                    } catch {
                        continuation.yield(.failed(service: name, error: error))
                        throw error
                    }
                }
            }
            do {
                let ports = try await waitForStart(
                    events, needsServer: serverGroup != nil, needsMock: mockGroup != nil, host: host)
                let baseURL = endpoint.map { try? ServerConnection.checkedBaseURL($0) } ?? nil
                let serverURL = baseURL ?? "http://\(ServerAddress(host: host, port: ports.server ?? 0))"
                let readURL =
                    baseURL ?? "http://\(ServerAddress(host: Self.reachableHost(host), port: ports.server ?? 0))"
                try await runWorkflows(
                    serverURL: readURL, apiKey: apiKey, mockPort: ports.mock, realMistralKey: realMistralKey,
                    logger: logger)
                if serverGroup != nil {
                    Console.output("")
                    Console.output("Traces: \(serverURL)/   API: \(serverURL)/api/v1/traces")
                }
                if !exit, serverGroup != nil {
                    Console.output("Serving until Ctrl-C.")
                    try await group.next()
                }
            } catch {
                await serverGroup?.triggerGracefulShutdown()
                await mockGroup?.triggerGracefulShutdown()
                try? await group.waitForAll()
                throw error
            }
            await serverGroup?.triggerGracefulShutdown()
            await mockGroup?.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }

    /// Waits until the services are listening; a failure to start becomes a clear error.
    private func waitForStart(
        _ events: AsyncStream<DemoEvent>, needsServer: Bool, needsMock: Bool, host: String
    ) async throws -> (server: Int?, mock: Int?) {
        var server: Int?
        var mock: Int?
        for await event in events {
            switch event {
            case .serverStarted(let port): server = port
            case .mockStarted(let port): mock = port
            case .failed(let service, let error):
                if PortInUse.matches(error) {
                    let flag = service == "Windsock server" ? "--port" : "WINDSOCK_PORT"
                    throw CommandFailure(
                        PortInUse.message(service: service, host: host, port: resolvedPort ?? 4318, flag: flag))
                }
                throw error
            }
            if (server != nil || !needsServer) && (mock != nil || !needsMock) { return (server, mock) }
        }
        return (server, mock)
    }

    /// Bootstraps Windsock towards the server, runs the app, flushes, and prints the summary read back from the API.
    private func runWorkflows(
        serverURL: String, apiKey: String?, mockPort: Int?, realMistralKey: String?, logger: Logger
    ) async throws {
        var headers: [String: String] = [:]
        if let apiKey { headers["Authorization"] = "Bearer \(apiKey)" }
        let tracesEndpoint = OTLPExporterConfiguration.tracesEndpoint(base: serverURL)
        let client = WindsockAPIClient(baseURL: serverURL, apiKey: apiKey)
        try await DemoDelivery.checkServer(client, apiKey: apiKey)
        // The shared HTTP client reads the tracer when it is first made: making it before the bootstrap keeps the
        // Mistral spans free of an extra HTTP client span under each.
        _ = HTTPClient.shared
        try Windsock.bootstrap(
            WindsockConfiguration(
                destination: .otlp(OTLPExporterConfiguration(endpoint: tracesEndpoint, headers: headers)),
                resource: WindsockResource(serviceName: "windsock-demo"),
                batch: BatchSettings(scheduledDelay: .milliseconds(200)),
                logger: logger))
        let mistral: Mistral
        if let mockPort, let url = URL(string: "http://127.0.0.1:\(mockPort)") {
            mistral = Mistral(apiKey: "demo-key", configuration: MistralConfiguration(baseURL: .custom(url)))
            Console.output("Mistral emulator on http://127.0.0.1:\(mockPort) (set MISTRAL_API_KEY for real Mistral)")
        } else {
            mistral = Mistral(apiKey: realMistralKey)
            Console.output("Calling the real Mistral API (MISTRAL_API_KEY is set)")
        }
        Console.output("Sending traces to \(tracesEndpoint)")
        Console.output("")
        let app = DemoApp(mistral: mistral, sessionID: DemoScenario.conversationSessionPrefix + Self.runSuffix())
        var made: [(DemoScenario, String)] = []
        await app.runAll { scenario, ids in
            Console.error("  ran \(scenario.title)")
            made += ids.map { (scenario, $0) }
        }
        await Windsock.forceFlush(timeout: .seconds(15))
        let counts = Windsock.exportCounts
        if let failure = DemoDelivery.failure(counts) {
            await Windsock.shutdown()
            throw try await DemoDelivery.explain(failure, client: client, apiKey: apiKey)
        }
        Console.output("")
        do {
            let summary = try await Self.readBack(made, client: client)
            for line in summary.lines { Console.output(line) }
        } catch APIClientError.unauthorized(let status, _, _) {
            // An ingest key cannot read: the traces were sent, only the summary is missing.
            Console.output("Sent \(made.count) traces; the key cannot read them back (HTTP \(status)), so no summary:")
            for (scenario, id) in made { Console.output("  \(scenario.title)  \(id)") }
        }
        await Windsock.shutdown()
    }

    /// Reads every trace back from the API, waiting a little for the last writes.
    static func readBack(_ made: [(DemoScenario, String)], client: WindsockAPIClient) async throws -> DemoSummary {
        var summary = DemoSummary()
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(15)
        for (scenario, id) in made {
            while true {
                do {
                    summary.add(scenario, trace: try await client.getJSON("/api/v1/traces/\(id)"))
                    break
                } catch APIClientError.notFound {
                    guard clock.now < deadline else {
                        summary.addMissing(scenario, traceID: id)
                        break
                    }
                    try await Task.sleep(for: .milliseconds(100))
                }
            }
        }
        return summary
    }

    /// A short suffix unique to this run (the session id of the conversation).
    private static func runSuffix() -> String {
        String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// The address to reach a server bound to `host` (a wildcard bind is reached on loopback).
    private static func reachableHost(_ host: String) -> String {
        host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
    }

    private var resolvedPort: Int? {
        port ?? ProcessInfo.processInfo.environment["WINDSOCK_PORT"].flatMap { Int($0) }
    }
}
