import ArgumentParser
import OrderedJSON

/// `windsock traces list`: the newest traces as a table or JSON.
struct TracesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List traces, newest first.",
        discussion: """
            Examples:
              windsock traces list
              windsock traces list --limit 100 --model mistral-small-latest --status error
              windsock traces list --session demo-session-1 --json | jq '.[].trace_id'
            """
    )

    @OptionGroup var connection: ServerConnection
    @OptionGroup var filters: TraceFilterOptions

    @Option(help: "How many traces to show (default 50).")
    var limit = 50

    @Flag(help: "Print the API's JSON (an array of trace summaries) instead of a table.")
    var json = false

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() async throws {
        let client = try connection.client()
        let traces = try await TracePager(client: client, filters: filters.queryItems).summaries(limit: limit)
        if json {
            Console.output(JSONValue.array(traces).spacedString)
            return
        }
        guard !traces.isEmpty else {
            Console.error(
                "No traces at \(client.baseURL) match. Send some: `windsock demo --endpoint \(client.baseURL)`.")
            return
        }
        for line in Self.table(traces).lines { Console.output(line) }
    }

    /// The table of trace summaries.
    static func table(_ traces: [JSONValue]) -> TextTable {
        var table = TextTable(
            headers: ["trace", "started", "name", "status", "spans", "tokens", "cost", "latency", "models"],
            rightAligned: [4, 5, 6, 7])
        for trace in traces {
            table.append([
                Formatting.cell(trace["trace_id"]),
                Formatting.time(trace["start_time"]),
                Formatting.truncated(Formatting.cell(trace["name"]), to: 32),
                Formatting.cell(trace["status"]),
                Formatting.count(trace["span_count"]?.intValue ?? 0),
                Formatting.count(trace["total_tokens"]?.intValue ?? 0),
                Formatting.cost(trace["cost_usd"]?.doubleValue),
                Formatting.milliseconds(trace["duration_ms"]?.doubleValue),
                Formatting.cell(trace["models"]),
            ])
        }
        return table
    }
}
