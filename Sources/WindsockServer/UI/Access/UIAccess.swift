import Hummingbird
import Logging
import WindsockModel
import WindsockStore

/// Who may see the UI. With no key in the store and open access allowed, everyone sees project `default`.
/// Otherwise a visitor signs in with a read key: it is checked like a Bearer key (valid, unrevoked, scope
/// `read`) and kept in an HttpOnly, SameSite=Strict cookie, checked again on every request (so revoking the
/// key signs the browser out).
///
/// Forms carry a CSRF token that must equal the `windsock_csrf` cookie (a double-submit token); SameSite=Strict
/// cookies are the second line of defence.
struct UIAccess: Sendable {
    static let sessionCookie = "windsock_session"
    static let csrfCookie = "windsock_csrf"
    /// How long a sign-in lasts.
    static let sessionLifetimeSeconds = 7 * 86_400

    /// The outcome of checking a request.
    enum Decision: Sendable {
        /// Show the page; `cookies` are to be set with the answer (a new CSRF token).
        case allowed(UIPageContext, cookies: [String])
        /// Sign in first; `cookies` are to be set with the redirect.
        case signIn(cookies: [String])
    }

    let authenticator: Authenticator

    /// Decides whether the request may see pages, and of which project.
    func check(_ request: Request) async throws -> Decision {
        let cookies = Cookies(request)
        var setCookies: [String] = []
        let csrf: String
        if let existing = cookies[Self.csrfCookie], existing.count == 32, existing.allSatisfy(\.isHexDigit) {
            csrf = existing
        } else {
            csrf = Self.randomToken()
            setCookies.append(Cookies.set(Self.csrfCookie, csrf))
        }
        if authenticator.allowsOpenAccess, try await !authenticator.presence.hasKeys() {
            return .allowed(UIPageContext(project: .default, signedIn: false, csrfToken: csrf), cookies: setCookies)
        }
        if let secret = cookies[Self.sessionCookie], let project = try await readProject(secret: secret) {
            return .allowed(UIPageContext(project: project, signedIn: true, csrfToken: csrf), cookies: setCookies)
        }
        return .signIn(cookies: setCookies)
    }

    /// The project of a valid, unrevoked read key; `nil` otherwise.
    func readProject(secret: String) async throws -> ProjectID? {
        guard secret.hasPrefix("wsk_"), secret.count < 200 else { return nil }
        guard let record = try await authenticator.keys.key(secretHash: APIKeySecret(secret).hash),
            record.revokedAt == nil, AccessPolicy.read.allows(record.scope)
        else { return nil }
        return record.project
    }

    /// Whether a posted form's token matches the browser's CSRF cookie.
    static func validCSRF(form: QueryParameters, request: Request) -> Bool {
        guard let cookie = Cookies(request)[csrfCookie], let posted = form.string(CSRFField.name),
            cookie.count == 32
        else { return false }
        // Compare every byte, whatever the first difference, so timing reveals nothing.
        let a = Array(cookie.utf8)
        let b = Array(posted.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// 128 random bits as 32 hex digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<32).map { _ in digits[Int.random(in: 0..<16, using: &generator)] })
    }
}
