import HTTPTypes
import Hummingbird

/// HTML answers of the UI, with their security headers.
enum UIResponse {
    /// Scripts and styles only from this server, no inline script or handler, no framing, forms only to here.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// Headers every UI answer carries.
    static var securityHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        for (name, value) in [("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY")] {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return headers
    }

    /// A page (or fragment) of HTML.
    static func html(_ markup: String, status: HTTPResponse.Status = .ok, cookies: [String] = []) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        for cookie in cookies {
            headers.append(HTTPField(name: .setCookie, value: cookie))
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: markup)))
    }

    /// A `303 See Other` to `location` (after a form post).
    static func redirect(to location: SafeURL, cookies: [String] = []) -> Response {
        var headers = securityHeaders
        headers[.location] = location.text
        headers[.cacheControl] = "no-store"
        for cookie in cookies {
            headers.append(HTTPField(name: .setCookie, value: cookie))
        }
        return Response(status: .seeOther, headers: headers)
    }
}
