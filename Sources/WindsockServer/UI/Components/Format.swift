import WindsockModel

/// How numbers, times and durations read in the UI.
enum Format {
    /// `2026-01-01 12:00:05` (UTC).
    static func time(_ timestamp: Timestamp) -> String {
        let text = RFC3339.format(timestamp)
        return String(text.prefix(19)).replacingOccurrences(of: "T", with: " ")
    }

    /// `850 ms`, `2.35 s`, `3 m 05 s`.
    static func duration(milliseconds: Double) -> String {
        if milliseconds == 0 { return "0 ms" }
        if milliseconds < 1 { return String(format: "%.2f ms", milliseconds) }
        if milliseconds < 1000 { return "\(Int(milliseconds.rounded())) ms" }
        if milliseconds < 60_000 { return String(format: "%.2f s", milliseconds / 1000) }
        let seconds = Int(milliseconds / 1000)
        return String(format: "%d m %02d s", seconds / 60, seconds % 60)
    }

    /// `$0.0012` with enough digits to see small costs; `–` when unknown.
    static func cost(_ value: Double?) -> String {
        guard let value else { return "–" }
        if value == 0 { return "$0" }
        if value < 0.01 { return String(format: "$%.6f", value) }
        return String(format: "$%.4f", value)
    }

    /// `1,234` or `–`.
    static func count(_ value: Int?) -> String {
        guard let value else { return "–" }
        var digits = String(value.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(Substring(digits), at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// A number for chart axes: `1.2k`, `3.5M`, `0.004`.
    static func compact(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1_000_000 { return String(format: "%.1fM", value / 1_000_000) }
        if magnitude >= 10_000 { return String(format: "%.0fk", value / 1000) }
        if magnitude >= 1000 { return String(format: "%.1fk", value / 1000) }
        if magnitude >= 10 || value == value.rounded() { return String(format: "%.0f", value) }
        if magnitude >= 0.1 { return String(format: "%.2f", value) }
        return String(format: "%.4f", value)
    }
}
