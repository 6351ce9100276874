import ArgumentParser
import OrderedJSON

/// `windsock traces show ID`: one trace and its spans as a tree.
struct TracesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one trace: its totals and its spans as a tree.",
        discussion: """
            Examples:
              windsock traces show 4bf92f3577b34da6a3ce929d0e0e4736
              windsock traces show 4bf92f3577b34da6a3ce929d0e0e4736 --json > trace.json
            """
    )

    @OptionGroup var connection: ServerConnection

    @Argument(help: "The trace id: 32 hex digits.")
    var traceID: String

    @Flag(help: "Print the API's JSON (the trace with its spans and scores) instead of a tree.")
    var json = false

    func validate() throws {
        guard traceID.count == 32, traceID.allSatisfy(\.isHexDigit) else {
            throw ValidationError(
                "'\(traceID)' is not a trace id: give its 32 hex digits (see `windsock traces list`).")
        }
    }

    func run() async throws {
        let client = try connection.client()
        let trace: JSONValue
        do {
            trace = try await client.getJSON("/api/v1/traces/\(traceID.lowercased())")
        } catch APIClientError.notFound {
            throw CommandFailure("No trace \(traceID) at \(client.baseURL) (see `windsock traces list`).")
        }
        if json {
            Console.output(trace.spacedString)
            return
        }
        for line in Self.lines(trace) { Console.output(line) }
    }

    /// The trace's header lines, then its spans indented under their parents.
    static func lines(_ trace: JSONValue) -> [String] {
        var lines = [
            "trace    \(Formatting.cell(trace["trace_id"]))  \(Formatting.cell(trace["name"]))",
            "status   \(Formatting.cell(trace["status"]))   started \(Formatting.time(trace["start_time"]))   latency "
                + Formatting.milliseconds(trace["duration_ms"]?.doubleValue),
            "tokens   \(Formatting.count(trace["input_tokens"]?.intValue ?? 0)) in, "
                + "\(Formatting.count(trace["output_tokens"]?.intValue ?? 0)) out   cost "
                + Formatting.cost(trace["cost_usd"]?.doubleValue),
        ]
        if let user = trace["user_id"]?.stringValue { lines.append("user     \(user)") }
        if let session = trace["session_id"]?.stringValue { lines.append("session  \(session)") }
        if let tags = trace["tags"]?.arrayValue, !tags.isEmpty {
            lines.append("tags     \(Formatting.cell(.array(tags)))")
        }
        lines.append("")
        let spans = trace["spans"]?.arrayValue ?? []
        var table = TextTable(
            headers: ["span", "kind", "model", "tokens", "cost", "duration", "ttft", "status"],
            rightAligned: [3, 4, 5, 6])
        let ids = Set(spans.compactMap { $0["span_id"]?.stringValue })
        func visit(_ parent: String?, depth: Int) {
            for span in spans
            where span["parent_span_id"]?.stringValue.flatMap({ ids.contains($0) ? $0 : nil }) == parent {
                let status =
                    span["status"]?.stringValue == "error"
                    ? "error: " + Formatting.truncated(Formatting.cell(span["status_message"]), to: 60)
                    : Formatting.cell(span["status"])
                table.append([
                    String(repeating: "  ", count: depth) + Formatting.truncated(Formatting.cell(span["name"]), to: 40),
                    Formatting.cell(span["kind"]),
                    Formatting.cell(span["model"]),
                    span["total_tokens"]?.intValue.map(Formatting.count) ?? "-",
                    span["cost_usd"]?.doubleValue.map { Formatting.cost($0) } ?? "-",
                    Formatting.milliseconds(span["duration_ms"]?.doubleValue),
                    Formatting.milliseconds(span["time_to_first_token_ms"]?.doubleValue),
                    status,
                ])
                if let id = span["span_id"]?.stringValue { visit(id, depth: depth + 1) }
            }
        }
        visit(nil, depth: 0)
        return lines + table.lines
    }
}
