import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore

/// `windsock-bench ui`: times the web UI's pages one request at a time on a filled store (see `bench/ui.sh`).
struct UIRenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Measure the web UI: the trace list, a 100-span trace page, sessions and the dashboard.",
        discussion: """
            Sends one agent trace of 100 spans first (the same trace id on every run, so repeating it stores \
            nothing new), checks that its page shows every span, then times each page as HTML over HTTP. \
            Run it against a store filled with `ingest`.
            """
    )

    @OptionGroup var server: ServerOptions

    @Option(help: "Requests per page for the trace list and the trace page (a tenth of it for the others).")
    var samples = 200

    func run() async throws {
        let client = HTTPClient.shared
        let query = QueryLatency(client: client, baseURL: server.url, bearerToken: server.key)
        let agent = AgentTracePayload(start: Date().addingTimeInterval(-300))
        try await send(agent, client: client)
        let tracePath = "/traces/" + agent.traceIDHex
        let tracePage = try await query.get(tracePath)
        let rows = String(buffer: tracePage).components(separatedBy: #"class="span-row"#).count - 1
        guard rows == agent.spanCount else {
            throw BenchError("\(tracePath) shows \(rows) span rows, expected \(agent.spanCount)")
        }
        let spanPath = tracePath + "?span=" + agent.chatSpanIDHex(step: 16)
        _ = try await query.measure(Array(repeating: "/", count: 10))
        let fewer = max(samples / 10, 5)
        let pages: [(label: String, path: String, count: Int)] = [
            ("trace list, newest 50", "/", samples),
            ("100-span trace", tracePath, samples),
            ("100-span trace, chat span open", spanPath, samples),
            ("sessions", "/sessions", fewer),
            ("dashboard, 24 h", "/dashboard?range=24h", fewer),
        ]
        var results: [String] = []
        for page in pages {
            let summary = LatencySummary(try await query.measure(Array(repeating: page.path, count: page.count)))
            print(page.label.padding(toLength: 32, withPad: " ", startingAt: 0) + " \(summary)")
            results.append("\(Self.key(page.label))_p50_ms=\(LatencySummary.format(summary.p50))")
        }
        print("RESULT " + results.joined(separator: " "))
    }

    private func send(_ agent: AgentTracePayload, client: HTTPClient) async throws {
        var request = HTTPClientRequest(url: server.url + "/v1/traces")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-protobuf")
        if let key = server.key {
            request.headers.add(name: "Authorization", value: "Bearer \(key)")
        }
        request.body = .bytes(ByteBuffer(bytes: try agent.request()))
        let response = try await client.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .ok else {
            throw BenchError("POST /v1/traces answered \(response.status.code): \(String(buffer: body))")
        }
    }

    /// `trace list, newest 50` → `trace_list_newest_50`.
    private static func key(_ label: String) -> String {
        String(label.map { $0.isLetter || $0.isNumber ? $0 : "_" }).replacingOccurrences(of: "__", with: "_")
    }
}
