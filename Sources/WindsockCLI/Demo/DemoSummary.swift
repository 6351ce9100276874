import OrderedJSON

/// The table the demo prints at the end: one row per trace, read back from the server's REST API.
struct DemoSummary {
    /// One trace as the API answered it, with the scenario that made it.
    struct Row {
        let scenario: DemoScenario
        let trace: JSONValue
    }

    private(set) var rows: [Row] = []
    /// Trace ids the server did not have in time.
    private(set) var missing: [(DemoScenario, String)] = []

    mutating func add(_ scenario: DemoScenario, trace: JSONValue) {
        rows.append(Row(scenario: scenario, trace: trace))
    }

    mutating func addMissing(_ scenario: DemoScenario, traceID: String) {
        missing.append((scenario, traceID))
    }

    /// The table's lines.
    var lines: [String] {
        var table = TextTable(
            headers: ["workflow", "trace", "status", "spans", "tokens", "cost", "latency"],
            rightAligned: [3, 4, 5, 6])
        var tokens = 0
        var cost = 0.0
        for row in rows {
            let trace = row.trace
            let total = trace["total_tokens"]?.intValue ?? 0
            tokens += total
            cost += trace["cost_usd"]?.doubleValue ?? 0
            table.append([
                row.scenario.title,
                trace["trace_id"]?.stringValue ?? "-",
                trace["status"]?.stringValue ?? "-",
                Formatting.count(trace["span_count"]?.intValue ?? 0),
                Formatting.count(total),
                Formatting.cost(trace["cost_usd"]?.doubleValue),
                Formatting.milliseconds(trace["duration_ms"]?.doubleValue),
            ])
        }
        table.append(["total: \(rows.count) traces", "", "", "", Formatting.count(tokens), Formatting.cost(cost), ""])
        return table.lines + missing.map { "not stored yet: \($0.0.title) \($0.1)" }
    }
}
