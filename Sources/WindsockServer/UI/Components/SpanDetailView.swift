import OrderedJSON
import WindsockModel

/// Everything about one span: errors, model and parameters, tokens, cost, time to first token, prompt template,
/// tools, messages, events, feedback, and the raw attributes as JSON.
struct SpanDetailView {
    var span: Span
    var trace: TraceSummary
    var scores: [Score]
    var showFull: Bool
    var context: UIPageContext

    private var expandURL: SafeURL {
        SafeURL(path: "/traces/\(trace.traceID.hex)", query: [("span", span.spanID.hex), ("full", "1")])
    }

    func write(into html: inout HTMLBuilder) {
        html.element("h2", [.class("span-title")]) { html in
            Icons.kind(span.kind, into: &html)
            html.text(" \(span.name) ")
            html.element("span", [.class("status \(span.status.rawValue)")], text: span.status.rawValue)
        }
        errors(into: &html)
        html.element("dl", [.class("facts")]) { html in
            fact("Span id", into: &html) { html in IDView.write(span.spanID.hex, into: &html) }
            if let parent = span.parentSpanID {
                fact("Parent", into: &html) { html in
                    html.element(
                        "a",
                        [.href(SafeURL(path: "/traces/\(trace.traceID.hex)", query: [("span", parent.hex)]))],
                        text: parent.hex)
                }
            }
            fact("Kind", span.kind.rawValue, into: &html)
            fact("Started (UTC)", RFC3339.format(span.startTime), into: &html)
            fact("Duration", Format.duration(milliseconds: span.durationMs), into: &html)
            fact("Provider", span.provider, into: &html)
            fact("Operation", span.operation, into: &html)
            fact("Model requested", span.requestModel, into: &html)
            if span.responseModel != span.requestModel { fact("Model answered", span.responseModel, into: &html) }
            if !span.usage.isEmpty {
                fact(
                    "Tokens",
                    "\(Format.count(span.usage.inputTokens)) in · \(Format.count(span.usage.outputTokens)) out · \(Format.count(span.usage.totalTokens)) total",
                    into: &html)
            }
            if span.costUSD != nil { fact("Cost", Format.cost(span.costUSD), into: &html) }
            fact("Time to first token", span.timeToFirstTokenMs.map { Format.duration(milliseconds: $0) }, into: &html)
            fact(
                "Finish reasons", span.finishReasons.isEmpty ? nil : span.finishReasons.joined(separator: ", "),
                into: &html)
            fact("Response id", span.responseID, into: &html)
            fact("Service", span.serviceName, into: &html)
            fact("Instrumentation", span.scopeName, into: &html)
            for member in span.parameters.members {
                fact("param \(member.key)", member.value.stringValue ?? member.value.compactString, into: &html)
            }
        }
        if let prompt = span.prompt, !prompt.isEmpty {
            html.element("h2", text: "Prompt template")
            html.element("dl", [.class("facts")]) { html in
                fact("Name", prompt.name, into: &html)
                fact("Version", prompt.version, into: &html)
            }
            if let template = prompt.template {
                ContentView.text(template, markdown: false, full: showFull, expandURL: expandURL, into: &html)
            }
            if let variables = prompt.variables {
                html.element("div", [.class("muted")], text: "Variables")
                ContentView.json(.object(variables), full: showFull, expandURL: expandURL, into: &html)
            }
        }
        if let tools = span.toolDefinitions {
            html.element("h2", text: "Tools offered")
            ContentView.json(tools, full: showFull, expandURL: expandURL, into: &html)
        }
        if let input = span.input {
            html.element("h2", text: span.kind == .retriever ? "Query" : "Input")
            html.element("div", [.class("span-input")]) { html in
                MessagesView.write(input, full: showFull, expandURL: expandURL, into: &html)
            }
        }
        if let output = span.output {
            html.element("h2", text: span.kind == .retriever ? "Retrieved documents" : "Output")
            html.element("div", [.class("span-output")]) { html in
                MessagesView.write(output, full: showFull, expandURL: expandURL, into: &html)
            }
        }
        let otherEvents = span.events.filter { $0.name != "exception" }
        if !otherEvents.isEmpty {
            html.element("h2", text: "Events")
            for event in otherEvents {
                html.element("div", [.class("muted")], text: "\(event.name) at \(RFC3339.format(event.time))")
                if !event.attributes.isEmpty {
                    ContentView.json(.object(event.attributes), full: showFull, expandURL: expandURL, into: &html)
                }
            }
        }
        html.element("h2", text: "Feedback on this span")
        html.element("div", [.class("feedback span-scores")]) { html in
            ScoreChips.write(scores, into: &html)
            FeedbackForm.write(traceID: trace.traceID, spanID: span.spanID, csrfToken: context.csrfToken, into: &html)
        }
        html.element("h2", text: "Attributes")
        html.element("div", [.class("raw-attributes")]) { html in
            ContentView.json(.object(span.attributes), full: showFull, expandURL: expandURL, into: &html)
        }
        if !span.resourceAttributes.isEmpty {
            html.element("h2", text: "Resource")
            ContentView.json(.object(span.resourceAttributes), full: showFull, expandURL: expandURL, into: &html)
        }
    }

    private func errors(into html: inout HTMLBuilder) {
        let exceptions = span.events.filter { $0.name == "exception" }
        guard span.status == .error || !exceptions.isEmpty else { return }
        html.element("div", [.class("error-box"), HTMLAttribute("role", "alert")]) { html in
            if let message = span.statusMessage {
                html.element("div") { html in
                    html.element("b", text: "Error: ")
                    html.text(message)
                }
            } else if span.status == .error {
                html.element("b", text: "This span failed.")
            }
            for exception in exceptions {
                let type = exception.attributes["exception.type"]?.stringValue
                let message = exception.attributes["exception.message"]?.stringValue
                html.element("div") { html in
                    html.element("b", text: type ?? "exception")
                    if let message { html.text(": \(message)") }
                }
                if let stack = exception.attributes["exception.stacktrace"]?.stringValue {
                    ContentView.text(stack, markdown: false, full: showFull, expandURL: expandURL, into: &html)
                }
            }
        }
    }

    private func fact(_ label: String, _ value: String?, into html: inout HTMLBuilder) {
        guard let value else { return }
        html.element("dt", text: label)
        html.element("dd", text: value)
    }

    private func fact(_ label: String, into html: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void) {
        html.element("dt", text: label)
        html.element("dd", [], content)
    }
}
