/// The frame of every page: head, navigation bar, the page's content.
enum Layout {
    /// The sections in the navigation bar.
    enum Section: String, CaseIterable {
        case traces = "Traces"
        case sessions = "Sessions"
        case dashboard = "Dashboard"

        var path: String {
            switch self {
            case .traces: "/"
            case .sessions: "/sessions"
            case .dashboard: "/dashboard"
            }
        }
    }

    /// A whole page titled `title`, with `content` inside `<main>`.
    static func page(
        title: String, section: Section?, context: UIPageContext, _ content: (inout HTMLBuilder) -> Void
    ) -> String {
        var html = HTMLBuilder(capacity: 32 * 1024)
        html.doctype()
        html.element("html", [HTMLAttribute("lang", "en")]) { html in
            html.element("head") { html in
                html.void("meta", [HTMLAttribute("charset", "utf-8")])
                html.void(
                    "meta", [.name("viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1")])
                html.element("title", text: "\(title) · Windsock")
                html.void("link", [HTMLAttribute("rel", "stylesheet"), .href(SafeURL(path: UIAssets.stylePath))])
                html.element("script", [.src(SafeURL(path: UIAssets.scriptPath)), .flag("defer", true)]) { _ in }
            }
            html.element("body") { html in
                html.element("header", [.class("top")]) { html in
                    html.element("a", [.class("brand"), .href(SafeURL(path: "/"))]) { html in
                        Icons.logo(into: &html)
                        html.text("Windsock")
                    }
                    html.element("nav") { html in
                        for item in Section.allCases {
                            html.element(
                                "a", [.href(SafeURL(path: item.path)), .class(item == section ? "current" : "")],
                                text: item.rawValue)
                        }
                    }
                    html.element("div", [.class("spacer")]) { _ in }
                    if context.showsProject {
                        html.element("span", [.class("project"), .title("The project these pages show")]) { html in
                            html.text("Project ")
                            html.element("strong", text: context.project.rawValue)
                        }
                    }
                    if context.signedIn {
                        html.element("form", [HTMLAttribute("method", "post"), .action(SafeURL(path: "/logout"))]) {
                            html in
                            CSRFField.write(context.csrfToken, into: &html)
                            html.element("button", [.type("submit")], text: "Sign out")
                        }
                    }
                }
                html.element("main") { html in content(&html) }
            }
        }
        return html.output
    }
}
