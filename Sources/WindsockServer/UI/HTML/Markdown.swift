/// Renders the markdown that models write (a safe subset) through an ``HTMLBuilder``, so every character of the
/// source is escaped: headings, paragraphs, fenced code, lists, block quotes, inline code, bold, italic and
/// links. Raw HTML in the source is shown as text; a link whose URL is not ``SafeURL`` becomes plain text.
enum Markdown {
    /// Writes `source` as markdown into `html`.
    static func render(_ source: String, into html: inout HTMLBuilder) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        var index = 0
        var paragraph: [Substring] = []

        func flushParagraph(_ html: inout HTMLBuilder) {
            guard !paragraph.isEmpty else { return }
            let lines = paragraph
            html.element("p") { html in
                for (number, line) in lines.enumerated() {
                    if number > 0 { html.void("br") }
                    inline(line.trimmingSpaces, into: &html)
                }
            }
            paragraph = []
        }

        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushParagraph(&html)
                let fence = trimmed.prefix(3)
                let language = trimmed.dropFirst(3).trimmingSpaces
                var code: [Substring] = []
                index += 1
                while index < lines.count, !lines[index].trimmingSpaces.hasPrefix(fence) {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                html.element(
                    "pre", [.class("code"), .data("data-language", language.isEmpty ? nil : String(language))]
                ) {
                    html in
                    html.element("code", text: code.joined(separator: "\n"))
                }
                continue
            }
            if trimmed.isEmpty {
                flushParagraph(&html)
                index += 1
                continue
            }
            if let level = headingLevel(trimmed) {
                flushParagraph(&html)
                let text = trimmed.dropFirst(level + 1)
                html.element("div", [.class("md-h md-h\(min(level, 4))")]) { html in inline(text, into: &html) }
                index += 1
                continue
            }
            if trimmed.hasPrefix(">") {
                flushParagraph(&html)
                var quoted: [Substring] = []
                while index < lines.count, lines[index].trimmingSpaces.hasPrefix(">") {
                    quoted.append(lines[index].trimmingSpaces.dropFirst().trimmingSpaces)
                    index += 1
                }
                html.element("blockquote") { html in render(quoted.joined(separator: "\n"), into: &html) }
                continue
            }
            if let ordered = listMarker(trimmed) {
                flushParagraph(&html)
                var items: [Substring] = []
                while index < lines.count, let marker = listMarker(lines[index].trimmingSpaces),
                    marker.ordered == ordered.ordered
                {
                    items.append(lines[index].trimmingSpaces.dropFirst(marker.length))
                    index += 1
                }
                let tag: StaticString = ordered.ordered ? "ol" : "ul"
                html.element(tag) { html in
                    for item in items {
                        html.element("li") { html in inline(item.trimmingSpaces, into: &html) }
                    }
                }
                continue
            }
            paragraph.append(line)
            index += 1
        }
        flushParagraph(&html)
    }

    /// Writes one line's inline markdown: `code`, **bold**, *italic*, _italic_ and [text](url).
    static func inline(_ text: Substring, into html: inout HTMLBuilder) {
        var plain = ""
        var rest = text
        var previous: Character?
        func flush(_ html: inout HTMLBuilder) {
            if !plain.isEmpty {
                html.text(plain)
                plain = ""
            }
        }
        while let first = rest.first {
            if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                flush(&html)
                html.element("code", text: String(rest[rest.index(after: rest.startIndex)..<end]))
                rest = rest[rest.index(after: end)...]
                continue
            }
            if rest.hasPrefix("**"), let range = rest.dropFirst(2).range(of: "**"),
                range.lowerBound > rest.index(rest.startIndex, offsetBy: 2)
            {
                flush(&html)
                let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<range.lowerBound]
                html.element("strong") { html in inline(inner, into: &html) }
                rest = rest[range.upperBound...]
                continue
            }
            if rest.hasPrefix("__") {
                // `__dunder__` names and runs of underscores stay text.
                let run = rest.prefix { $0 == "_" }
                plain += run
                previous = "_"
                rest = rest.dropFirst(run.count)
                continue
            }
            if first == "*" || first == "_", let end = emphasisEnd(rest, after: previous) {
                flush(&html)
                let inner = rest[rest.index(after: rest.startIndex)..<end]
                html.element("em") { html in inline(inner, into: &html) }
                rest = rest[rest.index(after: end)...]
                previous = first
                continue
            }
            if first == "[", let link = parseLink(rest) {
                flush(&html)
                if let url = SafeURL(untrusted: String(link.url)) {
                    html.element("a", [.href(url), HTMLAttribute("rel", "noopener noreferrer nofollow")]) { html in
                        inline(link.label, into: &html)
                    }
                } else {
                    html.element("span", [.class("dropped-link"), .title("link removed: unsafe URL")]) { html in
                        inline(link.label, into: &html)
                    }
                }
                rest = link.rest
                continue
            }
            plain.append(first)
            previous = first
            rest = rest.dropFirst()
        }
        flush(&html)
    }

    /// Where the emphasis opened by `text`'s first character (`*` or `_`) closes, or `nil` when it does not open
    /// one: the inner text must not start with a space, and `_` only opens and closes at word boundaries
    /// (`snake_case_names` stay as they are).
    private static func emphasisEnd(_ text: Substring, after previous: Character?) -> Substring.Index? {
        guard let marker = text.first else { return nil }
        let innerStart = text.index(after: text.startIndex)
        guard innerStart < text.endIndex, text[innerStart] != " ", text[innerStart] != marker else { return nil }
        if marker == "_", let previous, previous.isLetter || previous.isNumber { return nil }
        var index = innerStart
        while let end = text[index...].firstIndex(of: marker) {
            let after = text.index(after: end)
            let closesWord = after == text.endIndex || !(text[after].isLetter || text[after].isNumber)
            if end > innerStart, text[text.index(before: end)] != " ", marker == "*" || closesWord {
                return end
            }
            index = after
        }
        return nil
    }

    private static func parseLink(_ text: Substring) -> (label: Substring, url: Substring, rest: Substring)? {
        guard let close = text.firstIndex(of: "]") else { return nil }
        let afterClose = text.index(after: close)
        guard afterClose < text.endIndex, text[afterClose] == "(",
            let end = text[afterClose...].firstIndex(of: ")")
        else { return nil }
        let label = text[text.index(after: text.startIndex)..<close]
        let url = text[text.index(after: afterClose)..<end]
        return (label, url, text[text.index(after: end)...])
    }

    private static func headingLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func listMarker(_ line: Substring) -> (ordered: Bool, length: Int)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, 2)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < 10 else { return nil }
        let after = line.dropFirst(digits)
        guard after.first == "." || after.first == ")", after.dropFirst().first == " " else { return nil }
        return (true, digits + 2)
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = self[start...].lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
