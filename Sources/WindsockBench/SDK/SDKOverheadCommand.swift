import ArgumentParser
import AsyncHTTPClient
import Foundation
import Logging
import MistralAI
import Windsock

/// `windsock-bench sdk`: the CPU time the Swift `MistralAI` client spends on a fixed scenario against the
/// emulator, untraced or traced by Windsock and exported over OTLP/HTTP (see `bench/compare.sh`).
struct SDKOverheadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdk",
        abstract: "Measure the client's CPU time for chat calls and streams against `windsock mock`.",
        discussion: """
            Runs a warm-up, then the measured loop: --calls chat completions and --streams streams, one at a \
            time. With --traced-to the Windsock tracer is bootstrapped and exports to that server; the measured \
            CPU time then includes a final flush of the exporter. CPU time is the process's user + system time \
            (getrusage, all threads).
            """
    )

    @Option(help: "The emulator's base URL.")
    var mockURL = "http://127.0.0.1:8080"

    @Option(help: "Trace with Windsock and export OTLP/HTTP to this server's base URL (omit: untraced).")
    var tracedTo: String?

    @Option(help: "Chat completions in the measured loop.")
    var calls = 1000

    @Option(help: "Streams in the measured loop.")
    var streams = 200

    @Option(help: "Chat completions before the measured loop (and a fifth as many streams).")
    var warmup = 50

    @Option(help: "The model named in every request.")
    var model = "mistral-small-latest"

    func validate() throws {
        guard calls >= 0, streams >= 0, warmup >= 0, calls + streams > 0 else {
            throw ValidationError("--calls, --streams and --warmup must not be negative, and some calls are needed.")
        }
    }

    func run() async throws {
        guard let mockBase = URL(string: mockURL) else { throw ValidationError("--mock-url is not a URL.") }
        // Made before any bootstrap, so AsyncHTTPClient adds no client span of its own under each Mistral span.
        _ = HTTPClient.shared
        if let tracedTo {
            try Windsock.bootstrap(
                WindsockConfiguration(
                    destination: .otlp(
                        OTLPExporterConfiguration(endpoint: OTLPExporterConfiguration.tracesEndpoint(base: tracedTo))),
                    resource: WindsockResource(serviceName: "windsock-bench-sdk"),
                    logger: Logger(label: "windsock-bench")))
        }
        let scenario = SDKScenario(
            mistral: Mistral(apiKey: "bench-key", configuration: MistralConfiguration(baseURL: .custom(mockBase))),
            model: model)
        try await scenario.run(calls: warmup, streams: warmup / 5)
        if tracedTo != nil {
            try await flush()
        }
        let clock = ContinuousClock()
        let started = clock.now
        let cpuBefore = CPUTime.processSeconds()
        let chunks = try await scenario.run(calls: calls, streams: streams)
        if tracedTo != nil {
            try await flush()
        }
        let cpu = CPUTime.processSeconds() - cpuBefore
        let wall = (clock.now - started).seconds
        let exported = Windsock.exportCounts
        print(
            "RESULT variant=\(tracedTo == nil ? "swift-untraced" : "swift-windsock") calls=\(calls) "
                + "streams=\(streams) chunks=\(chunks) cpu_s=\(String(format: "%.4f", cpu)) "
                + "wall_s=\(String(format: "%.3f", wall)) exported_spans=\(exported.exported) "
                + "failed_spans=\(exported.failed)")
        if tracedTo != nil {
            _ = await Windsock.shutdown()
        }
    }

    /// Flushes the tracer's exporter and fails when it could not deliver everything.
    private func flush() async throws {
        guard await Windsock.forceFlush(timeout: .seconds(60)) else {
            throw BenchError("the Windsock exporter did not flush within 60 s")
        }
        let counts = Windsock.exportCounts
        guard counts.failed == 0, counts.dropped == 0 else {
            throw BenchError("the Windsock exporter lost spans: \(counts)")
        }
    }
}
