import OrderedJSON

/// Chat messages in the GenAI format (`{"role", "parts": [...]}`), each by role with its text as safe markdown,
/// tool calls with their arguments and tool results; anything else as JSON.
enum MessagesView {
    /// Whether `value` is an array of messages this view can show.
    static func isChat(_ value: JSONValue) -> Bool {
        guard let items = value.arrayValue, !items.isEmpty else { return false }
        return items.allSatisfy { $0["role"]?.stringValue != nil }
    }

    static func write(_ value: JSONValue, full: Bool, expandURL: SafeURL?, into html: inout HTMLBuilder) {
        guard isChat(value), let messages = value.arrayValue else {
            ContentView.json(value, full: full, expandURL: expandURL, into: &html)
            return
        }
        for message in messages {
            let role = message["role"]?.stringValue ?? "unknown"
            let roleClass = ["system", "user", "assistant", "tool"].contains(role) ? role : "other"
            html.element("div", [.class("message \(roleClass)"), .data("data-role", role)]) { html in
                html.element("div", [.class("role")]) { html in
                    html.text(role)
                    if let reason = message["finish_reason"]?.stringValue {
                        html.element("span", [.class("muted")], text: " · finish: \(reason)")
                    }
                }
                let parts = message["parts"]?.arrayValue ?? message["content"].map { [$0] } ?? []
                for part in parts {
                    writePart(part, full: full, expandURL: expandURL, into: &html)
                }
            }
        }
    }

    private static func writePart(_ part: JSONValue, full: Bool, expandURL: SafeURL?, into html: inout HTMLBuilder) {
        if case .string(let text) = part {
            ContentView.text(text, markdown: true, full: full, expandURL: expandURL, into: &html)
            return
        }
        switch part["type"]?.stringValue {
        case "text", "reasoning":
            let content = part["content"]?.stringValue ?? part["text"]?.stringValue ?? ""
            ContentView.text(content, markdown: true, full: full, expandURL: expandURL, into: &html)
        case "tool_call":
            html.element("div", [.class("tool-call")]) { html in
                html.element("div") { html in
                    html.element("b", text: "Tool call: \(part["name"]?.stringValue ?? "?")")
                    if let id = part["id"]?.stringValue {
                        html.element("span", [.class("muted mono")], text: "  \(id)")
                    }
                }
                if let arguments = part["arguments"] {
                    ContentView.json(arguments, full: full, expandURL: expandURL, into: &html)
                }
            }
        case "tool_call_response":
            html.element("div", [.class("tool-call")]) { html in
                html.element("div") { html in
                    html.element("b", text: "Tool result")
                    if let id = part["id"]?.stringValue {
                        html.element("span", [.class("muted mono")], text: "  \(id)")
                    }
                }
                if let response = part["response"] ?? part["result"] {
                    ContentView.json(response, full: full, expandURL: expandURL, into: &html)
                }
            }
        default:
            ContentView.json(part, full: full, expandURL: expandURL, into: &html)
        }
    }
}
