/// The hidden form field that carries the CSRF token.
enum CSRFField {
    /// The field's name.
    static let name = "csrf_token"

    /// Writes `<input type="hidden" name="csrf_token" value="…">`.
    static func write(_ token: String, into html: inout HTMLBuilder) {
        html.void("input", [.type("hidden"), .name(name), .value(token)])
    }
}
