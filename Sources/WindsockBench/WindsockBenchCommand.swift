import ArgumentParser
import AsyncHTTPClient
import Foundation

/// `windsock-bench`: load generators for the numbers in BENCHMARKS.md (see `bench/ingest.sh`).
@main
struct WindsockBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "windsock-bench",
        abstract: "Load generators for Windsock's benchmarks.",
        subcommands: [IngestCommand.self, QueryCommand.self, UIRenderCommand.self, SDKOverheadCommand.self]
    )
}

/// Options shared by the subcommands.
struct ServerOptions: ParsableArguments {
    @Option(help: "The server's base URL.")
    var url = "http://127.0.0.1:4318"

    @Option(help: "A key sent as `Authorization: Bearer KEY`.")
    var key: String?
}

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Send realistic LLM traces to POST /v1/traces and report accepted spans per second.",
        discussion: """
            Each trace is a root span with one to three chat spans of about --bytes-per-span bytes. \
            Requests are built in chunks before they are sent, so building them is not timed.
            """
    )

    @OptionGroup var server: ServerOptions

    @Option(help: "The export path under --url (another collector may listen elsewhere).")
    var path = "/v1/traces"

    @Option(
        name: .customLong("header"),
        help: "An extra header on every export request, NAME:VALUE (repeatable; e.g. x-mlflow-experiment-id:0).")
    var headers: [HeaderOption] = []

    @Option(
        help: """
            The first trace's start, in Unix seconds (default: 24 hours ago). Fix it, with --seed, to send \
            byte-identical requests to several servers.
            """)
    var startUnix: Double?

    @Option(help: "Export requests to send.")
    var requests = 2000

    @Option(help: "Spans per export request.")
    var spansPerRequest = 50

    @Option(help: "Approximate bytes of attributes per chat span.")
    var bytesPerSpan = 3000

    @Option(help: "Concurrent senders.")
    var senders = 4

    @Option(help: "Requests built and sent per chunk (bounds the generator's memory).")
    var chunk = 500

    @Option(
        help: """
            Read one trace back through Windsock's API after every N-th request to measure when it becomes \
            queryable; 0 never reads back (for other servers).
            """)
    var probeEvery = 25

    @Option(help: "A seed; the same seed sends the same traces (the server then stores no duplicates).")
    var seed: UInt64 = UInt64(Date().timeIntervalSince1970)

    func run() async throws {
        let client = HTTPClient.shared
        let start = startUnix.map { Date(timeIntervalSince1970: $0) } ?? Date().addingTimeInterval(-24 * 3600 + 60)
        let factory = TracePayloadFactory(spansPerRequest: spansPerRequest, bytesPerSpan: bytesPerSpan, start: start)
        let load = IngestLoad(
            client: client, baseURL: server.url, bearerToken: server.key, path: path, headers: headers,
            senders: senders, probeEvery: probeEvery)
        var total = IngestLoad.Outcome()
        var payloadBytes = 0
        var sent = 0
        var traceNumber = 0
        while sent < requests {
            let count = min(chunk, requests - sent)
            let built = try factory.makeRequests(count: count, seed: seed, traceNumber: &traceNumber)
            payloadBytes += built.reduce(0) { $0 + $1.body.count }
            let outcome = try await load.send(built)
            total.merge(outcome)
            total.seconds += outcome.seconds
            sent += count
        }
        let rate = Double(total.acceptedSpans) / max(total.seconds, 1e-9)
        print("sent \(sent) requests, \(total.acceptedSpans) spans accepted, \(total.failedRequests) failed")
        print("payload \(payloadBytes / 1024) KiB, \(payloadBytes / max(total.acceptedSpans, 1)) bytes/span")
        print("ingest \(Int(rate)) spans/s over \(String(format: "%.2f", total.seconds)) s")
        print("request latency: \(LatencySummary(total.requestLatenciesMs))")
        print("queryable after 200: \(LatencySummary(total.visibilityDelaysMs))")
        if let failure = total.firstFailure {
            print("first refused request: \(failure)")
        }
        let visibility = LatencySummary(total.visibilityDelaysMs)
        print(
            "RESULT spans_per_s=\(Int(rate)) accepted=\(total.acceptedSpans) failed=\(total.failedRequests) "
                + "payload_bytes=\(payloadBytes) visible_p99_ms=\(LatencySummary.format(visibility.p99)) "
                + "visible_max_ms=\(LatencySummary.format(visibility.max)) "
                + "seconds=\(String(format: "%.3f", total.seconds)) traces=\(traceNumber)")
        if total.failedRequests > 0 {
            throw ExitCode.failure
        }
    }
}

struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Measure the read API: newest-50 listing, one trace, 24-hour metrics by model."
    )

    @OptionGroup var server: ServerOptions

    @Option(help: "Requests per query kind.")
    var samples = 200

    func run() async throws {
        let client = HTTPClient.shared
        let query = QueryLatency(client: client, baseURL: server.url, bearerToken: server.key)
        let ids = try await query.recentTraceIDs(count: 1000)
        guard !ids.isEmpty else { throw BenchError("the server has no traces; run `ingest` first") }
        _ = try await query.measure(Array(repeating: "/api/v1/traces?limit=50", count: 10))
        let list = LatencySummary(
            try await query.measure(Array(repeating: "/api/v1/traces?limit=50", count: samples)))
        let detail = LatencySummary(
            try await query.measure((0..<samples).map { "/api/v1/traces/" + ids[$0 % ids.count] }))
        let formatter = ISO8601DateFormatter()
        let now = Date()
        let from = formatter.string(from: now.addingTimeInterval(-24 * 3600))
        let to = formatter.string(from: now)
        let metricsPath = "/api/v1/metrics?from=\(from)&to=\(to)&interval=1h&group_by=model"
        let metrics = LatencySummary(
            try await query.measure(Array(repeating: metricsPath, count: max(samples / 10, 5))))
        print("newest-50 listing: \(list)")
        print("one trace:         \(detail)")
        print("24 h metrics:      \(metrics)")
        print(
            "RESULT list_p50_ms=\(LatencySummary.format(list.p50)) trace_p50_ms=\(LatencySummary.format(detail.p50)) "
                + "metrics_p50_ms=\(LatencySummary.format(metrics.p50))")
    }
}
