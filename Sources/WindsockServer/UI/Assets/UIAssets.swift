import Hummingbird

/// The UI's static assets, embedded in the binary and served with long-lived caching (their paths carry a
/// version, so a new binary's assets are fetched anew).
enum UIAssets {
    /// Bumped whenever the style sheet or the script changes.
    static let version = "3"
    static let stylePath = "/ui/assets/app-\(version).css"
    static let scriptPath = "/ui/assets/app-\(version).js"

    static func register(on router: Router<BasicRequestContext>) {
        router.get(RouterPath(stylePath)) { _, _ in
            asset(StyleSheet.css, type: "text/css; charset=utf-8")
        }
        router.get(RouterPath(scriptPath)) { _, _ in
            asset(Script.javascript, type: "text/javascript; charset=utf-8")
        }
    }

    private static func asset(_ text: String, type: String) -> Response {
        var headers = UIResponse.securityHeaders
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=86400, immutable"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
