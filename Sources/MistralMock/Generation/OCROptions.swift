/// OCR options that change the rendered pages.
struct OCROptions: Sendable {
    /// The page indexes to return (all when `nil`).
    var pages: [Int]? = nil
    var includeImageBase64 = false
    /// `markdown` or `html`: tables are extracted into `tables` and linked from the markdown.
    var tableFormat: String? = nil
    var extractHeader = false
    var extractFooter = false
}
