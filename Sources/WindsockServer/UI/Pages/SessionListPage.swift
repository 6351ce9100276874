import WindsockModel

/// Recent sessions: the sessions of the newest traces, newest activity first.
struct SessionListPage {
    /// How many of the newest traces the list looks at.
    static let traceWindow = 1000

    struct Row: Sendable {
        var sessionID: String
        var userID: String?
        var traceCount: Int
        var firstName: String
        var lastActivity: Timestamp
        var costUSD: Double?
        var tokens: Int
        var errors: Int
    }

    var rows: [Row]
    var context: UIPageContext

    /// Groups traces (newest first) by session, keeping the order of each session's newest trace.
    static func rows(from traces: [TraceSummary]) -> [Row] {
        var order: [String] = []
        var bySession: [String: Row] = [:]
        for trace in traces {
            guard let session = trace.sessionID else { continue }
            if var row = bySession[session] {
                row.traceCount += 1
                row.firstName = trace.name
                row.userID = row.userID ?? trace.userID
                if let cost = trace.costUSD { row.costUSD = (row.costUSD ?? 0) + cost }
                row.tokens += trace.usage.totalTokens ?? 0
                row.errors += trace.status == .error ? 1 : 0
                bySession[session] = row
            } else {
                order.append(session)
                bySession[session] = Row(
                    sessionID: session, userID: trace.userID, traceCount: 1, firstName: trace.name,
                    lastActivity: trace.endTime, costUSD: trace.costUSD, tokens: trace.usage.totalTokens ?? 0,
                    errors: trace.status == .error ? 1 : 0)
            }
        }
        return order.compactMap { bySession[$0] }
    }

    func render() -> String {
        Layout.page(title: "Sessions", section: .sessions, context: context) { html in
            html.element("h1", text: "Sessions")
            html.element(
                "p", [.class("muted")],
                text: "Sessions of the newest \(Format.count(Self.traceWindow)) traces, latest activity first.")
            guard !rows.isEmpty else {
                html.element("div", [.class("panel empty")]) { html in
                    html.element("h2", text: "No sessions yet")
                    html.element(
                        "p",
                        text:
                            "Traces join a session when they carry a session id: in Swift, Windsock.updateCurrentTrace(TraceUpdate(sessionID: \"…\")); over OTLP, the session.id attribute."
                    )
                }
                return
            }
            html.element("table", [.class("grid sessions")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for (label, numeric) in [
                            ("Session", false), ("User", false), ("Started with", false), ("Traces", true),
                            ("Errors", true), ("Tokens", true), ("Cost", true), ("Last activity (UTC)", false),
                        ] {
                            html.element("th", [.class(numeric ? "num" : "")], text: label)
                        }
                    }
                }
                html.element("tbody") { html in
                    for row in rows {
                        html.element("tr") { html in
                            html.element("td") { html in
                                html.element(
                                    "a",
                                    [
                                        .href(UILinks.session(row.sessionID)),
                                        .class("session-link"),
                                    ],
                                    text: row.sessionID)
                            }
                            html.element("td", text: row.userID ?? "–")
                            html.element("td", text: row.firstName)
                            html.element("td", [.class("num")], text: Format.count(row.traceCount))
                            html.element("td", [.class("num")], text: Format.count(row.errors))
                            html.element("td", [.class("num")], text: Format.count(row.tokens))
                            html.element("td", [.class("num")], text: Format.cost(row.costUSD))
                            html.element("td", [.class("mono")], text: Format.time(row.lastActivity))
                        }
                    }
                }
            }
        }
    }
}
