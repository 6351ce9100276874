import WindsockModel

/// One session as a conversation: its traces oldest first, each as the user's turn and the assistant's answer.
struct SessionPage {
    /// Characters of a turn shown before cutting (the trace page shows everything).
    static let turnLength = 4000

    var sessionID: String
    var traces: [TraceSummary]
    var context: UIPageContext

    func render() -> String {
        Layout.page(title: "Session \(sessionID)", section: .sessions, context: context) { html in
            html.element("h1") { html in
                html.text("Session ")
                html.element("code", text: sessionID)
            }
            let cost = traces.compactMap(\.costUSD).reduce(0, +)
            html.element("div", [.class("panel")]) { html in
                html.element("div", [.class("totals")]) { html in
                    for (value, label) in [
                        (Format.count(traces.count), "traces"),
                        (traces.first?.userID ?? "–", "user"),
                        (Format.count(traces.reduce(0) { $0 + ($1.usage.totalTokens ?? 0) }), "tokens"),
                        (Format.cost(traces.contains { $0.costUSD != nil } ? cost : nil), "cost"),
                        (traces.first.map { Format.time($0.startTime) } ?? "–", "started (UTC)"),
                    ] {
                        html.element("div") { html in
                            html.element("b", text: value)
                            html.element("span", text: label)
                        }
                    }
                }
                html.element(
                    "a", [.href(SafeURL(path: "/", query: [("session_id", sessionID)]))],
                    text: "These traces in the list")
            }
            html.element("div", [.class("panel conversation")]) { html in
                for trace in traces {
                    let link = SafeURL(path: "/traces/\(trace.traceID.hex)")
                    html.element("div", [.class("turn meta")]) { html in
                        html.element("div", [.class("who mono")], text: Format.time(trace.startTime))
                        html.element("div") { html in
                            html.element("a", [.href(link), .class("trace-link")], text: trace.name)
                            html.element(
                                "span", [.class("muted")],
                                text:
                                    "  \(Format.duration(milliseconds: trace.durationMs)) · \(Format.cost(trace.costUSD)) "
                            )
                            html.element(
                                "span", [.class("status \(trace.status.rawValue)")], text: trace.status.rawValue)
                        }
                    }
                    turn("user", ConversationText.text(of: trace.input, role: "user"), link: link, into: &html)
                    turn(
                        "assistant", ConversationText.text(of: trace.output, role: "assistant"), link: link, into: &html
                    )
                }
            }
        }
    }

    private func turn(_ role: String, _ text: String?, link: SafeURL, into html: inout HTMLBuilder) {
        guard let text, !text.isEmpty else { return }
        html.element("div", [.class("turn \(role)"), .data("data-role", role)]) { html in
            html.element("div", [.class("who")], text: role)
            html.element("div") { html in
                ContentView.text(
                    String(text.prefix(Self.turnLength)), markdown: true, full: true, expandURL: nil, into: &html)
                if text.count > Self.turnLength {
                    html.element(
                        "a", [.href(link), .class("truncated")], text: "Read all \(Format.count(text.count)) characters"
                    )
                }
            }
        }
    }
}
