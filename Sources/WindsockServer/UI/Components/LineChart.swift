import WindsockModel

/// A time-series line chart in SVG with axes, units, a legend and a tooltip on every point (`<title>`).
struct LineChart {
    struct Series: Sendable {
        var label: String
        var points: [(time: Timestamp, value: Double)]
    }

    var title: String
    var unit: String
    var from: Timestamp
    var to: Timestamp
    var series: [Series]

    private static let width = 640.0
    private static let height = 240.0
    private static let left = 62.0
    private static let right = 14.0
    private static let top = 12.0
    private static let bottom = 28.0

    func write(into html: inout HTMLBuilder) {
        html.element("div", [.class("panel chart-panel"), .data("data-chart", title)]) { html in
            html.element("h2", text: "\(title) (\(unit))")
            let maximum = series.flatMap { $0.points.map(\.value) }.max() ?? 0
            let yMax = Self.niceCeiling(maximum)
            let plotWidth = Self.width - Self.left - Self.right
            let plotHeight = Self.height - Self.top - Self.bottom
            let span = Double(max(to.nanosecondsSinceEpoch - from.nanosecondsSinceEpoch, 1))
            func x(_ time: Timestamp) -> Double {
                Self.left + Double(time.nanosecondsSinceEpoch - from.nanosecondsSinceEpoch) / span * plotWidth
            }
            func y(_ value: Double) -> Double { Self.top + plotHeight - value / yMax * plotHeight }
            html.element(
                "svg",
                [
                    .class("chart"), HTMLAttribute("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"),
                    HTMLAttribute("role", "img"), HTMLAttribute("aria-label", "\(title) over time"),
                ]
            ) { html in
                for step in 0...4 {
                    let value = yMax * Double(step) / 4
                    let position = Self.number(y(value))
                    html.void(
                        "line",
                        [
                            .class(step == 0 ? "axis" : "grid"), HTMLAttribute("x1", Self.number(Self.left)),
                            HTMLAttribute("x2", Self.number(Self.width - Self.right)), HTMLAttribute("y1", position),
                            HTMLAttribute("y2", position),
                        ])
                    html.element(
                        "text",
                        [
                            HTMLAttribute("x", Self.number(Self.left - 6)),
                            HTMLAttribute("y", Self.number(y(value) + 4)),
                            HTMLAttribute("text-anchor", "end"),
                        ], text: Format.compact(value))
                }
                html.void(
                    "line",
                    [
                        .class("axis"), HTMLAttribute("x1", Self.number(Self.left)),
                        HTMLAttribute("x2", Self.number(Self.left)),
                        HTMLAttribute("y1", Self.number(Self.top)),
                        HTMLAttribute("y2", Self.number(Self.top + plotHeight)),
                    ])
                for step in 0...4 {
                    let time = Timestamp(
                        nanosecondsSinceEpoch: from.nanosecondsSinceEpoch
                            + Int64(Double(to.nanosecondsSinceEpoch - from.nanosecondsSinceEpoch) * Double(step) / 4))
                    html.element(
                        "text",
                        [
                            HTMLAttribute("x", Self.number(x(time))), HTMLAttribute("y", Self.number(Self.height - 8)),
                            HTMLAttribute("text-anchor", step == 0 ? "start" : step == 4 ? "end" : "middle"),
                        ], text: axisTime(time))
                }
                for (index, line) in series.enumerated() {
                    let color = "c\(index % 8)"
                    let points = line.points.map { "\(Self.number(x($0.time))),\(Self.number(y($0.value)))" }
                    html.void("polyline", [.class(color), HTMLAttribute("points", points.joined(separator: " "))])
                    for point in line.points {
                        html.element(
                            "circle",
                            [
                                .class(color), HTMLAttribute("cx", Self.number(x(point.time))),
                                HTMLAttribute("cy", Self.number(y(point.value))), HTMLAttribute("r", "3"),
                            ]
                        ) { html in
                            html.element(
                                "title",
                                text:
                                    "\(line.label) · \(Format.time(point.time)) UTC · \(Self.valueText(point.value, unit: unit))"
                            )
                        }
                    }
                }
                if series.allSatisfy({ $0.points.isEmpty }) {
                    html.element(
                        "text",
                        [
                            HTMLAttribute("x", Self.number(Self.width / 2)),
                            HTMLAttribute("y", Self.number(Self.height / 2)),
                            HTMLAttribute("text-anchor", "middle"),
                        ], text: "No model calls in this range")
                }
            }
            html.element("div", [.class("legend")]) { html in
                for (index, line) in series.enumerated() {
                    html.element("span") { html in
                        html.element("span", [.class("sw c\(index % 8)")]) { _ in }
                        html.text(line.label)
                    }
                }
            }
        }
    }

    private func axisTime(_ time: Timestamp) -> String {
        let text = Format.time(time)  // 2026-01-01 12:00:05
        let hours = Double(to.nanosecondsSinceEpoch - from.nanosecondsSinceEpoch) / 3.6e12
        return hours > 48 ? String(text.dropFirst(5).prefix(11)) : String(text.dropFirst(11).prefix(5))
    }

    static func valueText(_ value: Double, unit: String) -> String {
        unit == "$" ? Format.cost(value) : "\(Format.compact(value)) \(unit)"
    }

    /// A round number at or above `value` (1, 2, 2.5 or 5 times a power of ten).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        for factor in [1.0, 2, 2.5, 5, 10] where power * factor >= value {
            return power * factor
        }
        return power * 10
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
