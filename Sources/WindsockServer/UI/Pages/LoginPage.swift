/// Sign-in with a read key, shown when keys are configured.
struct LoginPage {
    var csrfToken: String
    var next: String
    var error: String?

    func render() -> String {
        Layout.page(
            title: "Sign in", section: nil,
            context: UIPageContext(project: .default, signedIn: false, csrfToken: csrfToken)
        ) { html in
            html.element("div", [.class("panel login")]) { html in
                html.element("h1", text: "Sign in")
                html.element(
                    "p", [.class("muted")],
                    text:
                        "This server needs a read key. Create one with: windsock keys create --project NAME --scope read"
                )
                if let error {
                    html.element("div", [.class("error-box"), HTMLAttribute("role", "alert")], text: error)
                }
                html.element("form", [HTMLAttribute("method", "post"), .action(SafeURL(path: "/login"))]) { html in
                    CSRFField.write(csrfToken, into: &html)
                    html.void("input", [.type("hidden"), .name("next"), .value(next)])
                    html.element("label", [HTMLAttribute("for", "key")], text: "Read key")
                    html.void(
                        "input",
                        [
                            .type("password"), .name("key"), .id("key"),
                            HTMLAttribute("autocomplete", "current-password"),
                            HTMLAttribute("placeholder", "wsk_read_…"), .flag("required", true),
                        ])
                    html.element("button", [.type("submit"), .class("primary")], text: "Sign in")
                }
            }
        }
    }

    /// `next` if it is a path on this server, else `/` (no open redirect).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
            !next.contains(where: { $0.isNewline })
        else { return "/" }
        return next
    }
}
