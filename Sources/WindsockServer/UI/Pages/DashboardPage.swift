import WindsockModel
import WindsockStore

/// Model calls over a chosen range: requests, errors, latency percentiles, tokens and cost by model, and the
/// names and models that cost most and are slowest.
struct DashboardPage {
    /// The ranges offered, with their bucket widths.
    static let ranges: [(key: String, label: String, seconds: Int64, interval: Int)] = [
        ("1h", "Last hour", 3600, 60), ("24h", "Last 24 hours", 86_400, 3600), ("7d", "Last 7 days", 604_800, 21_600),
        ("30d", "Last 30 days", 2_592_000, 86_400),
    ]

    /// One line of a "top" table.
    struct Top: Sendable {
        var label: String
        var calls: Int
        var costUSD: Double
        /// The call-weighted mean of the buckets' 95th percentiles.
        var p95Ms: Double
    }

    var range: String
    var from: Timestamp
    var to: Timestamp
    var byModel: [MetricsBucket]
    var overall: [MetricsBucket]
    var byName: [MetricsBucket]
    var context: UIPageContext

    func render() -> String {
        Layout.page(title: "Dashboard", section: .dashboard, context: context) { html in
            html.element("h1", text: "Dashboard")
            html.element(
                "form", [.class("filters panel"), HTMLAttribute("method", "get"), .action(SafeURL(path: "/dashboard"))]
            ) {
                html in
                html.element("label") { html in
                    html.text("Range")
                    html.element("select", [.name("range")]) { html in
                        for option in Self.ranges {
                            html.element(
                                "option", [.value(option.key), .flag("selected", option.key == range)],
                                text: option.label)
                        }
                    }
                }
                html.element("button", [.type("submit"), .class("primary")], text: "Show")
                html.element(
                    "span", [.class("muted")],
                    text: "\(Format.time(from)) – \(Format.time(to)) UTC · model calls (llm and embedding spans)")
            }
            let calls = overall.reduce(0) { $0 + $1.count }
            html.element("div", [.class("panel totals")]) { html in
                for (value, label) in [
                    (Format.count(calls), "model calls"),
                    (Format.count(overall.reduce(0) { $0 + $1.errors }), "errors"),
                    (Format.count(overall.reduce(0) { $0 + $1.inputTokens }), "input tokens"),
                    (Format.count(overall.reduce(0) { $0 + $1.outputTokens }), "output tokens"),
                    (Format.cost(overall.reduce(0) { $0 + $1.costUSD }), "cost"),
                ] {
                    html.element("div") { html in
                        html.element("b", text: value)
                        html.element("span", text: label)
                    }
                }
            }
            html.element("div", [.class("charts")]) { html in
                chart("Requests", "calls", byModel, \.count, into: &html)
                chart("Errors", "calls", byModel, \.errors, into: &html)
                LineChart(
                    title: "Latency", unit: "ms", from: from, to: to,
                    series: [
                        LineChart.Series(label: "p50", points: overall.map { ($0.start, $0.p50Ms) }),
                        LineChart.Series(label: "p95", points: overall.map { ($0.start, $0.p95Ms) }),
                        LineChart.Series(label: "p99", points: overall.map { ($0.start, $0.p99Ms) }),
                    ]
                ).write(into: &html)
                chart("Input tokens", "tokens", byModel, \.inputTokens, into: &html)
                chart("Output tokens", "tokens", byModel, \.outputTokens, into: &html)
                LineChart(
                    title: "Cost", unit: "$", from: from, to: to,
                    series: Self.group(byModel).map { label, buckets in
                        LineChart.Series(label: label, points: buckets.map { ($0.start, $0.costUSD) })
                    }
                ).write(into: &html)
            }
            let models = Self.top(byModel)
            let names = Self.top(byName)
            html.element("div", [.class("charts")]) { html in
                topTable("Models by cost", models.sorted { $0.costUSD > $1.costUSD }, into: &html)
                topTable("Models by latency (p95)", models.sorted { $0.p95Ms > $1.p95Ms }, into: &html)
                topTable("Names by cost", names.sorted { $0.costUSD > $1.costUSD }, into: &html)
                topTable("Names by latency (p95)", names.sorted { $0.p95Ms > $1.p95Ms }, into: &html)
            }
        }
    }

    /// Buckets by group, in order of first appearance; a missing group is "unknown".
    static func group(_ buckets: [MetricsBucket]) -> [(String, [MetricsBucket])] {
        var order: [String] = []
        var groups: [String: [MetricsBucket]] = [:]
        for bucket in buckets {
            let key = bucket.group ?? "unknown"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(bucket)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// Totals per group.
    static func top(_ buckets: [MetricsBucket]) -> [Top] {
        group(buckets).map { label, buckets in
            let calls = buckets.reduce(0) { $0 + $1.count }
            let weighted = buckets.reduce(0.0) { $0 + $1.p95Ms * Double($1.count) }
            return Top(
                label: label, calls: calls, costUSD: buckets.reduce(0) { $0 + $1.costUSD },
                p95Ms: calls > 0 ? weighted / Double(calls) : 0)
        }
    }

    private func chart(
        _ title: String, _ unit: String, _ buckets: [MetricsBucket], _ value: KeyPath<MetricsBucket, Int>,
        into html: inout HTMLBuilder
    ) {
        LineChart(
            title: title, unit: unit, from: from, to: to,
            series: Self.group(buckets).map { label, buckets in
                LineChart.Series(label: label, points: buckets.map { ($0.start, Double($0[keyPath: value])) })
            }
        ).write(into: &html)
    }

    private func topTable(_ title: String, _ rows: [Top], into html: inout HTMLBuilder) {
        html.element("div", [.class("panel top-table")]) { html in
            html.element("h2", text: title)
            guard !rows.isEmpty else {
                html.element("p", [.class("muted")], text: "No model calls in this range.")
                return
            }
            html.element("table", [.class("grid")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", text: "Name")
                        html.element("th", [.class("num")], text: "Calls")
                        html.element("th", [.class("num")], text: "Cost")
                        html.element("th", [.class("num")], text: "p95 latency")
                    }
                }
                html.element("tbody") { html in
                    for row in rows.prefix(10) {
                        html.element("tr") { html in
                            html.element("td", text: row.label)
                            html.element("td", [.class("num")], text: Format.count(row.calls))
                            html.element("td", [.class("num")], text: Format.cost(row.costUSD))
                            html.element("td", [.class("num")], text: Format.duration(milliseconds: row.p95Ms))
                        }
                    }
                }
            }
        }
    }
}
