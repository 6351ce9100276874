import WindsockModel

/// The trace list: filters, the newest traces with their totals and scores, cursor paging, live updates.
struct TraceListPage {
    /// One row: a trace and its scores.
    struct Row: Sendable {
        var trace: TraceSummary
        var scores: [Score]
    }

    var filters: TraceFilters
    var rows: [Row]
    var nextCursor: String?
    var error: FilterError?
    /// Where OTLP is sent, e.g. `http://127.0.0.1:4318`, for the empty state.
    var endpoint: String
    /// Models and names for the filter suggestions.
    var context: UIPageContext

    func render() -> String {
        Layout.page(title: "Traces", section: .traces, context: context) { html in
            html.element("h1", text: "Traces")
            filterForm(into: &html)
            if let error {
                html.element("div", [.class("error-box"), HTMLAttribute("role", "alert")], text: error.message)
                return
            }
            if rows.isEmpty, nextCursor == nil {
                emptyState(into: &html)
                return
            }
            // Live updates refetch the first page; a feedback filter reads many traces, so it is not refreshed.
            let live = filters.cursor == nil && filters.feedback == nil
            html.element("div", [.class("toolbar")]) { html in
                html.element(
                    "span", [.class("muted")],
                    text: rows.isEmpty
                        ? "No match among the \(Format.count(FeedbackFilter.scanLimit)) traces read: look further with Older"
                        : "\(rows.count) \(rows.count == 1 ? "trace" : "traces") on this page, newest first")
                html.element("span", [.class("spacer")]) { _ in }
                if live {
                    html.element("span", [.class("live"), .id("live-state"), .flag("hidden", true)]) { html in
                        html.element("span", [.class("dot")]) { _ in }
                        html.text("live")
                    }
                    html.element("button", [.type("button"), .id("live-toggle"), .flag("hidden", true)], text: "Pause")
                }
            }
            html.element("table", [.class("grid traces")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for (label, numeric) in Self.columns {
                            html.element("th", [.class(numeric ? "num" : "")], text: label)
                        }
                    }
                }
                let liveURL = live ? SafeURL(path: "/ui/fragments/traces", query: filters.queryPairs).text : nil
                html.element("tbody", [.data("data-live", liveURL)]) { html in
                    Self.writeRows(rows, into: &html)
                }
            }
            html.element("div", [.class("pager")]) { html in
                if filters.cursor != nil {
                    html.element("a", [.href(SafeURL(path: "/", query: filters.queryPairs))], text: "« Newest")
                }
                if let nextCursor {
                    html.element(
                        "a",
                        [
                            .href(SafeURL(path: "/", query: filters.queryPairs + [("cursor", nextCursor)])),
                            HTMLAttribute("rel", "next"),
                        ],
                        text: "Older »")
                }
            }
        }
    }

    static let columns: [(String, Bool)] = [
        ("Time (UTC)", false), ("Name", false), ("Status", false), ("Duration", true), ("Models", false),
        ("Tokens in", true), ("Tokens out", true), ("Cost", true), ("User", false), ("Session", false),
        ("Tags", false), ("Scores", false),
    ]

    /// The table rows (also what live updates fetch).
    static func writeRows(_ rows: [Row], into html: inout HTMLBuilder) {
        for row in rows {
            let trace = row.trace
            let link = SafeURL(path: "/traces/\(trace.traceID.hex)")
            html.element("tr", [.data("data-trace-id", trace.traceID.hex)]) { html in
                html.element("td", [.class("mono")], text: Format.time(trace.startTime))
                html.element("td", [.class("clip")]) { html in
                    html.element("a", [.href(link), .class("trace-link")], text: trace.name)
                }
                html.element("td") { html in
                    html.element("span", [.class("status \(trace.status.rawValue)")], text: trace.status.rawValue)
                }
                html.element("td", [.class("num")], text: Format.duration(milliseconds: trace.durationMs))
                html.element("td") { html in
                    for model in trace.models { html.element("span", [.class("chip")], text: model) }
                }
                html.element("td", [.class("num")], text: Format.count(trace.usage.inputTokens))
                html.element("td", [.class("num")], text: Format.count(trace.usage.outputTokens))
                html.element("td", [.class("num")], text: Format.cost(trace.costUSD))
                html.element("td", [.class("clip")]) { html in
                    if let user = trace.userID {
                        html.element("a", [.href(SafeURL(path: "/", query: [("user_id", user)]))], text: user)
                    }
                }
                html.element("td", [.class("clip")]) { html in
                    if let session = trace.sessionID {
                        html.element(
                            "a",
                            [.href(UILinks.session(session)), .class("session-link")],
                            text: session)
                    }
                }
                html.element("td", [.class("clip")]) { html in
                    for tag in trace.tags {
                        html.element(
                            "a", [.href(SafeURL(path: "/", query: [("tag", tag)])), .class("chip tag")], text: tag)
                    }
                }
                html.element("td") { html in ScoreChips.write(row.scores, into: &html) }
            }
        }
    }

    private func filterForm(into html: inout HTMLBuilder) {
        html.element("form", [.class("filters panel"), HTMLAttribute("method", "get"), .action(SafeURL(path: "/"))]) {
            html in
            html.element("label") { html in
                html.text("Time")
                html.element("select", [.name("range")]) { html in
                    for range in TraceFilters.ranges {
                        html.element(
                            "option", [.value(range.key), .flag("selected", range.key == filters.range)],
                            text: range.label)
                    }
                }
            }
            field("From (UTC)", "from", filters.from, type: "datetime-local", into: &html)
            field("To (UTC)", "to", filters.to, type: "datetime-local", into: &html)
            field("Model", "model", filters.model, into: &html)
            html.element("label") { html in
                html.text("Status")
                html.element("select", [.name("status")]) { html in
                    for (value, label) in [("", "Any"), ("ok", "ok"), ("error", "error")] {
                        html.element(
                            "option", [.value(value), .flag("selected", (filters.status ?? "") == value)], text: label)
                    }
                }
            }
            field("User", "user_id", filters.userID, into: &html)
            field("Session", "session_id", filters.sessionID, into: &html)
            field("Tag", "tag", filters.tag, into: &html)
            field("Name", "name", filters.name, into: &html)
            field("Search text", "q", filters.text, type: "search", into: &html)
            html.element("label") { html in
                html.text("Feedback")
                html.element("select", [.name("feedback")]) { html in
                    html.element("option", [.value("")], text: "Any or none")
                    for filter in FeedbackFilter.allCases {
                        html.element(
                            "option",
                            [.value(filter.rawValue), .flag("selected", filters.feedback == filter.rawValue)],
                            text: filter.label)
                    }
                }
            }
            html.element("button", [.type("submit"), .class("primary")], text: "Apply")
            if filters.isFiltered {
                html.element("a", [.href(SafeURL(path: "/")), .class("button")], text: "Clear")
            }
        }
    }

    private func field(
        _ label: String, _ name: String, _ value: String?, type: String = "text", into html: inout HTMLBuilder
    ) {
        html.element("label") { html in
            html.text(label)
            html.void("input", [.type(type), .name(name), .value(value)])
        }
    }

    private func emptyState(into html: inout HTMLBuilder) {
        html.element("div", [.class("panel empty")]) { html in
            if filters.isFiltered || filters.cursor != nil {
                html.element("h2", text: "No trace matches these filters")
                html.element("a", [.href(SafeURL(path: "/"))], text: "Show all traces")
                return
            }
            html.element("h2", text: "No traces yet: send the first one")
            html.element("p", text: "From Swift, bootstrap Windsock once before creating Mistral clients:")
            html.element("pre", [.class("setup-swift")]) { html in
                html.element(
                    "code",
                    text:
                        "WINDSOCK_ENDPOINT=\(endpoint) swift run   # with this in main.swift:\ntry Windsock.bootstrap()"
                )
            }
            html.element("p", text: "From Python or any other language, send OTLP/HTTP to this server:")
            html.element("pre", [.class("setup-otlp")]) { html in
                html.element(
                    "code",
                    text: "OTEL_EXPORTER_OTLP_ENDPOINT=\(endpoint) python app.py\n# traces go to \(endpoint)/v1/traces")
            }
        }
    }
}
