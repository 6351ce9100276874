import HTTPTypes
import Hummingbird

/// The cookies of a request, and the `Set-Cookie` values the UI sends.
struct Cookies: Sendable {
    private var values: [String: String] = [:]

    /// The cookies sent with `request` (the first of a name wins).
    init(_ request: Request) {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let name = String(parts[0].trimmingSpaces)
                if values[name] == nil { values[name] = String(parts[1].trimmingSpaces) }
            }
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// A cookie only this site's own requests send back, invisible to scripts.
    static func set(_ name: String, _ value: String, maxAgeSeconds: Int? = nil) -> String {
        var text = "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
        if let maxAgeSeconds { text += "; Max-Age=\(maxAgeSeconds)" }
        return text
    }

    /// Deletes a cookie.
    static func clear(_ name: String) -> String {
        "\(name)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
    }
}
