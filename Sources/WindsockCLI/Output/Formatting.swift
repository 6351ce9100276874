import OrderedJSON

/// How the commands write numbers, durations and values of the API's JSON in tables.
enum Formatting {
    /// `1234` → `1,234`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// `1 request`, `2 requests`, `1,234 spans`: a count with its noun, singular or plural.
    static func count(_ value: Int, _ noun: String) -> String {
        "\(count(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// A size in bytes: `512 bytes`, `3.4 MB`, `70.0 MB` (decimal units, one decimal).
    static func bytes(_ value: Int) -> String {
        if value < 1000 { return count(value, "byte") }
        if value < 1_000_000 { return fixed(Double(value) / 1000, decimals: 1) + " kB" }
        return fixed(Double(value) / 1_000_000, decimals: 1) + " MB"
    }

    /// A cost in US dollars with six decimals (`$0.000123`); `-` when unknown.
    static func cost(_ value: Double?) -> String {
        guard let value else { return "-" }
        return "$" + fixed(value, decimals: 6)
    }

    /// A duration in milliseconds: `850 ms`, `1.25 s`; `-` when unknown.
    static func milliseconds(_ value: Double?) -> String {
        guard let value else { return "-" }
        if value < 1000 { return "\(Int(value.rounded())) ms" }
        return fixed(value / 1000, decimals: 2) + " s"
    }

    /// `value` with exactly `decimals` digits after the point.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(abs(scaled % Int(scale)))
        let padded = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        return (value < 0 && whole == 0 ? "-" : "") + "\(whole)" + (decimals > 0 ? "." + padded : "")
    }

    /// A JSON value as a short cell: strings as they are, numbers, `-` for null, JSON text otherwise.
    static func cell(_ value: JSONValue?) -> String {
        guard let value, !value.isNull else { return "-" }
        if let string = value.stringValue { return string }
        if let array = value.arrayValue { return array.map { cell($0) }.joined(separator: ",") }
        return value.compactString
    }

    /// An RFC 3339 time to the second, `T` shown as a space: `2026-01-31 12:00:05`.
    static func time(_ value: JSONValue?) -> String {
        guard let text = value?.stringValue else { return "-" }
        return String(text.prefix(19).map { $0 == "T" ? " " : $0 })
    }

    /// `text` cut to `width` characters with an ellipsis.
    static func truncated(_ text: String, to width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}
