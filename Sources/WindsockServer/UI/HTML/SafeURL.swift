/// A URL that is safe in `href`, `src` and `action`: a path on this server, or an `http`, `https` or `mailto`
/// URL. `javascript:`, `data:`, `vbscript:` and every other scheme are refused.
struct SafeURL: Sendable, Equatable {
    /// The URL's text (escaped again when written into an attribute).
    let text: String

    /// A path on this server built by the UI's own code, e.g. `/traces/<id>`, with an optional query.
    init(path: String, query: [(String, String?)] = []) {
        var text = path.hasPrefix("/") && !path.hasPrefix("//") ? path : "/" + path.drop { $0 == "/" }
        let pairs = query.compactMap { name, value in value.map { (name, $0) } }
        if !pairs.isEmpty {
            text += "?" + pairs.map { "\(Self.encode($0))=\(Self.encode($1))" }.joined(separator: "&")
        }
        self.text = text
    }

    /// A URL written in untrusted content (a markdown link); `nil` unless it is `http`, `https` or `mailto`, or a
    /// relative path or fragment.
    init?(untrusted raw: String) {
        let trimmed = String(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
        guard !trimmed.isEmpty else { return nil }
        if let colon = trimmed.firstIndex(of: ":") {
            let beforeColon = trimmed[..<colon]
            let isScheme = !beforeColon.contains { "/?#".contains($0) }
            if isScheme {
                guard ["http", "https", "mailto"].contains(beforeColon.lowercased()) else { return nil }
            }
        }
        // Protocol-relative URLs (`//host`, or `/\host` as browsers read it) leave this server: keep them as https.
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("/\\") || trimmed.hasPrefix("\\") {
            self.text = "https://" + trimmed.drop { $0 == "/" || $0 == "\\" }
            return
        }
        self.text = trimmed
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986).
    static func encode(_ value: String) -> String {
        var output = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF")
                output += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            }
        }
        return output
    }
}
