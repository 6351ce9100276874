import WindsockModel

/// What a page needs to know about the request it answers: the project, whether a key signed in, and the
/// token its forms carry against cross-site request forgery.
struct UIPageContext: Sendable {
    /// The project the pages show.
    var project: ProjectID
    /// Whether the visitor signed in with a read key (and so gets a "Sign out" button).
    var signedIn: Bool
    /// The CSRF token of this browser (also in the `windsock_csrf` cookie).
    var csrfToken: String
    /// Whether the header names the project (not on pages shown before the visitor is known).
    var showsProject = true
}
