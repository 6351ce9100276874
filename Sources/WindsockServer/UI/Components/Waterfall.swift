import WindsockModel

/// A span's bar on the trace's timeline, drawn to scale in SVG (positions are attributes, not inline styles, so
/// the strict Content-Security-Policy holds); the time to first token is a mark on the bar.
enum Waterfall {
    static let width = 1000.0

    static func bar(_ span: Span, traceStart: Timestamp, traceMs: Double, into html: inout HTMLBuilder) {
        let total = max(traceMs, 0.001)
        let x = min(max(traceStart.milliseconds(to: span.startTime) / total * width, 0), width - 1)
        let barWidth = max(min(span.durationMs / total * width, width - x), 1.5)
        let fillClass = span.status == .error ? "b-error" : "b-\(span.kind.rawValue)"
        html.element(
            "svg",
            [
                .class("bar"), HTMLAttribute("viewBox", "0 0 1000 16"), HTMLAttribute("preserveAspectRatio", "none"),
                HTMLAttribute("role", "img"), HTMLAttribute("aria-label", "timeline"),
            ]
        ) { html in
            html.element(
                "rect",
                [
                    HTMLAttribute("x", number(x)), HTMLAttribute("y", "3"), HTMLAttribute("width", number(barWidth)),
                    HTMLAttribute("height", "10"), HTMLAttribute("rx", "2"), .class(fillClass),
                ]
            ) { html in
                html.element(
                    "title",
                    text:
                        "\(span.name): starts at +\(Format.duration(milliseconds: traceStart.milliseconds(to: span.startTime))), lasts \(Format.duration(milliseconds: span.durationMs))"
                )
            }
            if let ttft = span.timeToFirstTokenMs, ttft >= 0 {
                let mark = min(x + ttft / total * width, width)
                html.element(
                    "line",
                    [
                        .class("ttft"), HTMLAttribute("x1", number(mark)), HTMLAttribute("x2", number(mark)),
                        HTMLAttribute("y1", "0"), HTMLAttribute("y2", "16"),
                        HTMLAttribute("vector-effect", "non-scaling-stroke"),
                    ]
                ) { html in
                    html.element("title", text: "time to first token: \(Format.duration(milliseconds: ttft))")
                }
            }
        }
    }

    /// The ruler over the bars: the trace's start, quarters and end.
    static func ruler(traceMs: Double, into html: inout HTMLBuilder) {
        html.element("div", [.class("ruler")]) { html in
            html.element("span", [.class("ruler-label")], text: "Span")
            html.element("span", [.class("ticks")]) { html in
                for quarter in 0...4 {
                    html.element("span", text: Format.duration(milliseconds: traceMs * Double(quarter) / 4))
                }
            }
        }
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
