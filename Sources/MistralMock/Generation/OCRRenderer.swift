import OrderedJSON

/// Renders deterministic OCR pages in markdown, derived from the document's name (or its text).
enum OCRRenderer {
    /// A 1×1 JPEG, used when `include_image_base64` is set.
    static let tinyJPEG =
        "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsO"
        + "CwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k="

    /// The number of pages of `document`.
    static func pageCount(_ document: OCRDocument) -> Int {
        if document.isImage { return 1 }
        if let text = document.text { return textPages(text).count }
        return 1 + Int(DeterministicRandom.hash(document.name) % 3)
    }

    /// The `pages` array of the OCR answer.
    static func pages(_ document: OCRDocument, options: OCROptions) -> [JSONValue] {
        let count = pageCount(document)
        let indexes = options.pages.map { $0.filter { (0..<count).contains($0) } } ?? Array(0..<count)
        let texts = document.text.map(textPages)
        return indexes.map { index in
            page(index, count: count, document: document, text: texts?[index], options: options)
        }
    }

    /// A readable title from a file name or URL component: `annual-report_2024.pdf` → `Annual Report 2024`.
    static func title(from name: String) -> String {
        var base = name
        if let dot = base.lastIndex(of: "."), base.distance(from: dot, to: base.endIndex) <= 5, dot != base.startIndex {
            base = String(base[..<dot])
        }
        let words = base.split { $0 == "-" || $0 == "_" || $0 == " " || $0 == "+" }.map { String($0).capitalisedFirst }
        let joined = words.joined(separator: " ")
        if joined.isEmpty { return "Document" }
        return joined.first?.isNumber == true ? "Document \(joined)" : joined
    }

    private static func textPages(_ text: String) -> [String] {
        let formFeedPages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if formFeedPages.count > 1 { return formFeedPages }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 40 else { return [text] }
        return stride(from: 0, to: lines.count, by: 40).map {
            lines[$0..<min($0 + 40, lines.count)].joined(separator: "\n")
        }
    }

    private static func page(_ index: Int, count: Int, document: OCRDocument, text: String?, options: OCROptions)
        -> JSONValue
    {
        let title = title(from: document.name)
        var tables: [JSONValue] = []
        var images: [JSONValue] = []
        var markdown: String
        if let text {
            markdown = text
        } else {
            let keywords = PromptWords(title).keywords.filter { $0 != "Document" }
            let topic =
                keywords.isEmpty
                ? "the subject of the document" : PromptWords(keywords.joined(separator: " ")).topic() ?? title
            var random = DeterministicRandom(text: "ocr\u{1F}\(document.name)\u{1F}\(index)")
            let heading = index == 0 ? "# \(title)" : "## Section \(index + 1)"
            let paragraph =
                "This page of \(title) covers \(topic). It presents the main points in order, "
                + "with figures and a short summary at the end."
            markdown = heading + "\n\n" + paragraph
            if index == 0 {
                let imageID = "img-\(index).jpeg"
                markdown += "\n\n![\(imageID)](\(imageID))"
                images.append(
                    .object(
                        JSONObject([
                            ("id", .string(imageID)),
                            ("top_left_x", .int(150)),
                            ("top_left_y", .int(420 + Int(random.next() % 80))),
                            ("bottom_right_x", .int(1_550)),
                            ("bottom_right_y", .int(1_180 + Int(random.next() % 80))),
                            ("image_base64", options.includeImageBase64 ? .string(tinyJPEG) : .null),
                        ])
                    )
                )
            }
            if index == 0 && !document.isImage {
                let table = tableText(format: options.tableFormat ?? "markdown", title: title, pages: count)
                if let format = options.tableFormat {
                    let tableID = "tbl-\(index).\(format == "html" ? "html" : "md")"
                    markdown += "\n\n[\(tableID)](\(tableID))"
                    tables.append(["id": .string(tableID), "content": .string(table), "format": .string(format)])
                } else {
                    markdown += "\n\n" + table
                }
            }
        }
        let dimensions: JSONValue =
            document.isImage
            ? ["dpi": 72, "height": 768, "width": 1024]
            : ["dpi": 200, "height": 2200, "width": 1700]
        return .object(
            JSONObject([
                ("index", .int(index)),
                ("markdown", .string(markdown)),
                ("images", .array(images)),
                ("tables", .array(tables)),
                ("hyperlinks", []),
                ("header", options.extractHeader ? .string(title) : .null),
                ("footer", options.extractFooter ? .string("Page \(index + 1) of \(count)") : .null),
                ("dimensions", dimensions),
            ])
        )
    }

    private static func tableText(format: String, title: String, pages: Int) -> String {
        if format == "html" {
            return "<table><tr><th>Field</th><th>Value</th></tr><tr><td>Title</td><td>\(title)</td></tr>"
                + "<tr><td>Pages</td><td>\(pages)</td></tr></table>"
        }
        return "| Field | Value |\n|---|---|\n| Title | \(title) |\n| Pages | \(pages) |"
    }
}
