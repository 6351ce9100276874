import HTTPTypes

/// A page that only says something: not found, forbidden, a failure.
enum MessagePage {
    static func render(title: String, message: String, context: UIPageContext?) -> String {
        let context = context ?? UIPageContext(project: .default, signedIn: false, csrfToken: "", showsProject: false)
        return Layout.page(title: title, section: nil, context: context) { html in
            html.element("h1", text: title)
            html.element("div", [.class("panel")]) { html in
                html.element("p", text: message)
                html.element("a", [.href(SafeURL(path: "/"))], text: "Back to traces")
            }
        }
    }
}
