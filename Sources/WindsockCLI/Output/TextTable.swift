/// A plain-text table with aligned columns, for terminal listings.
struct TextTable {
    /// The column titles.
    let headers: [String]
    /// Which columns are right-aligned (numbers).
    let rightAligned: Set<Int>
    /// The rows, each as many cells as there are headers.
    private(set) var rows: [[String]] = []

    init(headers: [String], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    /// Adds a row; missing cells are blank and extra cells are dropped.
    mutating func append(_ cells: [String]) {
        var row = Array(cells.prefix(headers.count))
        while row.count < headers.count { row.append("") }
        rows.append(row)
    }

    /// The table as lines: the header, a rule, then the rows.
    var lines: [String] {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [render(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
            + rows.map(render)
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
