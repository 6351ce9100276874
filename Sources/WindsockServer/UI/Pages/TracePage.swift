import OrderedJSON
import WindsockModel

/// One trace: totals, feedback, the span tree beside its waterfall, and the chosen span in full.
struct TracePage {
    /// Span rows per page of a big trace.
    static let spansPerPage = 500

    var detail: TraceDetail
    var selectedSpanID: SpanID?
    var spanPage: Int
    var showFull: Bool
    var context: UIPageContext

    func render() -> String {
        let summary = detail.summary
        let tree = SpanTree(detail.spans)
        let selected =
            tree.nodes.first { $0.span.spanID == selectedSpanID }?.span ?? tree.nodes.first?.span
        return Layout.page(title: summary.name, section: .traces, context: context) { html in
            header(summary, into: &html)
            html.element("div", [.class("trace-layout")]) { html in
                spanList(tree, selected: selected, into: &html)
                html.element("section", [.class("panel span-detail"), .id("span")]) { html in
                    if let selected {
                        SpanDetailView(
                            span: selected, trace: summary,
                            scores: detail.scores.filter { $0.spanID == selected.spanID },
                            showFull: showFull, context: context
                        ).write(into: &html)
                    } else {
                        html.element("p", [.class("muted")], text: "This trace has no stored spans.")
                    }
                }
            }
        }
    }

    private func header(_ summary: TraceSummary, into html: inout HTMLBuilder) {
        html.element("h1") { html in
            html.text(summary.name)
            html.text(" ")
            html.element("span", [.class("status \(summary.status.rawValue)")], text: summary.status.rawValue)
        }
        html.element("div", [.class("panel")]) { html in
            html.element("div", [.class("totals")]) { html in
                total(Format.duration(milliseconds: summary.durationMs), "duration", into: &html)
                total(Format.count(summary.spanCount), "spans", into: &html)
                total(Format.count(summary.usage.inputTokens), "input tokens", into: &html)
                total(Format.count(summary.usage.outputTokens), "output tokens", into: &html)
                total(Format.cost(summary.costUSD), "cost", into: &html)
                total(Format.count(summary.errorCount), "errors", into: &html)
                total(Format.time(summary.startTime), "started (UTC)", into: &html)
            }
            html.element("dl", [.class("facts")]) { html in
                html.element("dt", text: "Trace id")
                html.element("dd") { html in IDView.write(summary.traceID.hex, into: &html) }
                if !summary.models.isEmpty {
                    html.element("dt", text: "Models")
                    html.element("dd") { html in
                        for model in summary.models { html.element("span", [.class("chip")], text: model) }
                    }
                }
                if let user = summary.userID {
                    html.element("dt", text: "User")
                    html.element("dd") { html in
                        html.element("a", [.href(SafeURL(path: "/", query: [("user_id", user)]))], text: user)
                    }
                }
                if let session = summary.sessionID {
                    html.element("dt", text: "Session")
                    html.element("dd") { html in
                        html.element(
                            "a",
                            [.href(UILinks.session(session)), .class("session-link")],
                            text: session)
                    }
                }
                if !summary.tags.isEmpty {
                    html.element("dt", text: "Tags")
                    html.element("dd") { html in
                        for tag in summary.tags {
                            html.element(
                                "a", [.href(SafeURL(path: "/", query: [("tag", tag)])), .class("chip tag")], text: tag)
                        }
                    }
                }
                if !summary.metadata.isEmpty {
                    html.element("dt", text: "Metadata")
                    html.element("dd") { html in
                        ContentView.json(.object(summary.metadata), full: showFull, expandURL: nil, into: &html)
                    }
                }
                html.element("dt", text: "Feedback")
                html.element("dd", [.class("feedback trace-scores")]) { html in
                    let traceScores = detail.scores.filter { $0.spanID == nil }
                    if traceScores.isEmpty { html.element("span", [.class("muted")], text: "none yet ") }
                    ScoreChips.write(traceScores, into: &html)
                    FeedbackForm.write(traceID: summary.traceID, spanID: nil, csrfToken: context.csrfToken, into: &html)
                }
            }
        }
    }

    private func total(_ value: String, _ label: String, into html: inout HTMLBuilder) {
        html.element("div") { html in
            html.element("b", text: value)
            html.element("span", text: label)
        }
    }

    private func spanList(_ tree: SpanTree, selected: Span?, into html: inout HTMLBuilder) {
        let summary = detail.summary
        let pages = max(1, (tree.nodes.count + Self.spansPerPage - 1) / Self.spansPerPage)
        let page = min(max(spanPage, 1), pages)
        let shown = tree.nodes[((page - 1) * Self.spansPerPage)..<min(page * Self.spansPerPage, tree.nodes.count)]
        html.element("section", [.class("spans")]) { html in
            Waterfall.ruler(traceMs: summary.durationMs, into: &html)
            for node in shown {
                let span = node.span
                let isSelected = span.spanID == selected?.spanID
                var classes = "span-row"
                if isSelected { classes += " selected" }
                if span.status == .error { classes += " error" }
                html.element(
                    "div",
                    [.class(classes), .data("data-depth", String(node.depth)), .data("data-span-id", span.spanID.hex)]
                ) { html in
                    html.element("div", [.class("span-name")]) { html in
                        // Indentation as an SVG of the depth's width: no inline style under the CSP.
                        let indent = min(node.depth, 40) * 14
                        if indent > 0 {
                            html.element(
                                "svg",
                                [
                                    .class("depth-pad"), HTMLAttribute("width", String(indent)),
                                    HTMLAttribute("height", "1"), HTMLAttribute("aria-hidden", "true"),
                                ]
                            ) { _ in }
                        }
                        if node.hasChildren {
                            html.element(
                                "button",
                                [
                                    .type("button"), .class("toggle"), HTMLAttribute("aria-expanded", "true"),
                                    .title("collapse or expand"),
                                ], text: "▾")
                        } else {
                            html.element("span", [.class("toggle-space")]) { _ in }
                        }
                        Icons.kind(span.kind, into: &html)
                        html.element(
                            "a",
                            [
                                .href(spanURL(span.spanID, page: page)), .class("span-link"),
                                .title(span.name),
                            ], text: span.name)
                        html.element("span", [.class("dur")], text: Format.duration(milliseconds: span.durationMs))
                    }
                    Waterfall.bar(span, traceStart: summary.startTime, traceMs: summary.durationMs, into: &html)
                }
            }
            if pages > 1 {
                html.element("div", [.class("pager panel")]) { html in
                    html.text(
                        "Spans \(Format.count((page - 1) * Self.spansPerPage + 1))–\(Format.count((page - 1) * Self.spansPerPage + shown.count)) of \(Format.count(tree.nodes.count)) "
                    )
                    if page > 1 {
                        html.element("a", [.href(pageURL(page - 1))], text: "« Previous spans")
                    }
                    if page < pages {
                        html.element(
                            "a", [.href(pageURL(page + 1)), HTMLAttribute("rel", "next")], text: "Next spans »")
                    }
                }
            }
        }
    }

    private func spanURL(_ spanID: SpanID, page: Int) -> SafeURL {
        SafeURL(
            path: "/traces/\(detail.summary.traceID.hex)",
            query: [("span", spanID.hex), ("page", page > 1 ? String(page) : nil)])
    }

    private func pageURL(_ page: Int) -> SafeURL {
        SafeURL(path: "/traces/\(detail.summary.traceID.hex)", query: [("page", String(page))])
    }
}
