/// A parsed `multipart/form-data` body (RFC 7578), as `POST /v1/files` receives it.
struct MultipartForm: Sendable {
    /// One part of the form.
    struct Part: Sendable {
        var name: String
        var filename: String?
        var contentType: String?
        var data: [UInt8]
    }

    var parts: [Part]

    /// The first part named `name`.
    func part(_ name: String) -> Part? {
        parts.first { $0.name == name }
    }

    /// The text of the first part named `name`.
    func text(_ name: String) -> String? {
        part(name).map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// Parses `body` sent with `contentType`; `nil` when it is not multipart form data.
    init?(body: [UInt8], contentType: String?) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Self.parameter("boundary", in: contentType)
        else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [Part] = []
        var cursor = Self.find(delimiter, in: body, from: 0)
        while let start = cursor {
            var partStart = start + delimiter.count
            if partStart + 1 < body.count, body[partStart] == UInt8(ascii: "-"),
                body[partStart + 1] == UInt8(ascii: "-")
            {
                break
            }
            if partStart + 1 < body.count, body[partStart] == 0x0D, body[partStart + 1] == 0x0A { partStart += 2 }
            guard let next = Self.find(delimiter, in: body, from: partStart) else { break }
            var partEnd = next
            if partEnd >= 2, body[partEnd - 2] == 0x0D, body[partEnd - 1] == 0x0A { partEnd -= 2 }
            if let part = Self.part(Array(body[partStart..<max(partEnd, partStart)])) {
                parts.append(part)
            }
            cursor = next
        }
        self.parts = parts
    }

    private static func part(_ bytes: [UInt8]) -> Part? {
        let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
        guard let headerEnd = find(separator, in: bytes, from: 0) else { return nil }
        let headerText = String(decoding: bytes[0..<headerEnd], as: UTF8.self)
        var name: String?
        var filename: String?
        var contentType: String?
        for line in headerText.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            let pieces = line.split(separator: ":", maxSplits: 1)
            guard pieces.count == 2 else { continue }
            let field = pieces[0].lowercased().trimmingWhitespace
            let value = String(pieces[1]).trimmingWhitespace
            if field == "content-disposition" {
                name = parameter("name", in: value)
                filename = parameter("filename", in: value)
            } else if field == "content-type" {
                contentType = value
            }
        }
        guard let name else { return nil }
        return Part(name: name, filename: filename, contentType: contentType, data: Array(bytes[(headerEnd + 4)...]))
    }

    /// The value of `name=value` (quoted or not) in a header value.
    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace.lowercased() == name else { continue }
            var value = String(pair[1]).trimmingWhitespace
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        let first = needle[0]
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}

extension Substring {
    /// The substring as a `String` without surrounding whitespace.
    fileprivate var trimmingWhitespace: String {
        String(self).trimmingWhitespace
    }
}
