import WindsockModel

/// Thumbs up / thumbs down with a comment, on a trace or a span; stored as a `user_feedback` boolean score.
enum FeedbackForm {
    /// The score name feedback is stored under.
    static let scoreName = "user_feedback"

    static func write(traceID: TraceID, spanID: SpanID?, csrfToken: String, into html: inout HTMLBuilder) {
        html.element(
            "form",
            [
                HTMLAttribute("method", "post"), .action(SafeURL(path: "/traces/\(traceID.hex)/feedback")),
                .class("feedback-form"),
            ]
        ) { html in
            CSRFField.write(csrfToken, into: &html)
            if let spanID { html.void("input", [.type("hidden"), .name("span_id"), .value(spanID.hex)]) }
            html.element(
                "textarea",
                [
                    .name("comment"), HTMLAttribute("placeholder", "Comment (optional)"),
                    HTMLAttribute("maxlength", "10000"),
                ],
                text: "")
            html.element("button", [.type("submit"), .name("value"), .value("up"), .class("vote-up")], text: "▲ Good")
            html.element(
                "button", [.type("submit"), .name("value"), .value("down"), .class("vote-down")], text: "▼ Bad")
        }
    }
}
