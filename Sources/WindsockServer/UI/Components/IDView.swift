/// An id in monospace with a copy button (shown only when the script runs).
enum IDView {
    static func write(_ id: String, into html: inout HTMLBuilder) {
        html.element("code", [.class("id")], text: id)
        html.element(
            "button", [.type("button"), .class("copy"), .data("data-copy", id), .flag("hidden", true)], text: "copy")
    }
}
