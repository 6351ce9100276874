import OrderedJSON

/// Untrusted content shown as text: long texts are cut (with a link to show them whole), JSON is pretty-printed.
enum ContentView {
    /// Characters of one text shown before cutting, unless the page asks for everything.
    static let truncationLength = 20_000
    /// Texts longer than this are never rendered as markdown (shown as plain text instead).
    static let markdownLimit = 200_000

    /// Writes `text` in a `<pre>` (or as markdown), cut to ``truncationLength`` unless `full`.
    static func text(_ text: String, markdown: Bool, full: Bool, expandURL: SafeURL?, into html: inout HTMLBuilder) {
        let count = text.count
        let cut = !full && count > truncationLength
        let shown = cut ? String(text.prefix(truncationLength)) : text
        if markdown && shown.count <= markdownLimit {
            html.element("div", [.class("md")]) { html in Markdown.render(shown, into: &html) }
        } else {
            html.element("pre", text: shown)
        }
        if cut {
            html.element("div", [.class("truncated")]) { html in
                html.text("Showing \(Format.count(truncationLength)) of \(Format.count(count)) characters. ")
                if let expandURL {
                    html.element("a", [.href(expandURL), .class("expand")], text: "Show all")
                }
            }
        }
    }

    /// Writes a JSON value pretty-printed (strings as their text), cut like ``text(_:markdown:full:expandURL:into:)``.
    static func json(_ value: JSONValue, full: Bool, expandURL: SafeURL?, into html: inout HTMLBuilder) {
        if case .string(let string) = value {
            text(string, markdown: false, full: full, expandURL: expandURL, into: &html)
        } else {
            text(value.spacedString, markdown: false, full: full, expandURL: expandURL, into: &html)
        }
    }
}
