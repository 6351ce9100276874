import WindsockModel

/// Inline SVG icons (no files, no fonts): one per span kind, and the logo.
enum Icons {
    /// The icon of a span kind, titled with the kind's name.
    static func kind(_ kind: SpanKind, into html: inout HTMLBuilder) {
        html.element(
            "svg",
            [
                .class("kind kind-\(kind.rawValue)"), HTMLAttribute("viewBox", "0 0 16 16"),
                HTMLAttribute("role", "img"), HTMLAttribute("aria-label", kind.rawValue),
            ]
        ) { html in
            html.element("title", text: kind.rawValue)
            for shape in shapes(kind) {
                html.void("path", [HTMLAttribute("d", shape), HTMLAttribute("fill", "currentColor")])
            }
        }
    }

    /// The windsock logo.
    static func logo(into html: inout HTMLBuilder) {
        html.element("svg", [HTMLAttribute("viewBox", "0 0 24 24"), HTMLAttribute("aria-hidden", "true")]) { html in
            html.void("path", [HTMLAttribute("d", "M3 2h2v20H3z"), HTMLAttribute("fill", "#ddd")])
            html.void("path", [HTMLAttribute("d", "M5 4l5 1v6l-5 1z"), HTMLAttribute("fill", "#fa500f")])
            html.void("path", [HTMLAttribute("d", "M10 5l5 1.2v3.6L10 11z"), HTMLAttribute("fill", "#fff")])
            html.void("path", [HTMLAttribute("d", "M15 6.2l6 1.3v1l-6 1.3z"), HTMLAttribute("fill", "#fa500f")])
        }
    }

    private static func shapes(_ kind: SpanKind) -> [String] {
        switch kind {
        case .llm: ["M8 1l1.8 4.2L14 7l-4.2 1.8L8 13l-1.8-4.2L2 7l4.2-1.8z"]
        case .embedding: ["M2 2h4v4H2zM10 2h4v4h-4zM2 10h4v4H2zM10 10h4v4h-4z"]
        case .tool: ["M10.5 1.5a4 4 0 00-3.9 5L1.5 11.6l2.9 2.9 5.1-5.1a4 4 0 005-3.9l-2.3 2.3-2.2-.6-.6-2.2z"]
        case .retriever: ["M7 2a5 5 0 013.9 8.1l3.6 3.6-1.4 1.4-3.6-3.6A5 5 0 117 2zm0 2a3 3 0 100 6 3 3 0 000-6z"]
        case .agent: ["M8 1a3 3 0 110 6 3 3 0 010-6zM2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z"]
        case .chain: ["M1 6h6v4H1zM9 6h6v4H9zM6 7.2h4v1.6H6z"]
        case .span: ["M2 6h12v4H2z"]
        case .event: ["M8 2a6 6 0 110 12A6 6 0 018 2z"]
        }
    }
}
