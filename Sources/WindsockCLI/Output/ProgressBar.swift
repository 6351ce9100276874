#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A progress bar on standard error, drawn only when standard error is a terminal (pipes and logs stay clean).
final class ProgressBar {
    private let label: String
    private let total: Int?
    private let isEnabled: Bool
    private var current = 0
    private var lastDrawn = -1

    /// A bar for `total` items (`nil` when unknown: a counter instead).
    init(label: String, total: Int?, isEnabled: Bool = ProgressBar.standardErrorIsTerminal) {
        self.label = label
        self.total = total
        self.isEnabled = isEnabled
    }

    /// Whether standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    /// Moves the bar forward by `count` items.
    func advance(by count: Int = 1) {
        current += count
        draw()
    }

    /// Ends the bar's line.
    func finish() {
        guard isEnabled, lastDrawn >= 0 else { return }
        draw(force: true)
        Console.errorRaw("\n")
    }

    private func draw(force: Bool = false) {
        guard isEnabled else { return }
        let width = 30
        let line: String
        if let total, total > 0 {
            let filled = min(width, current * width / total)
            guard force || filled != lastDrawn || current == total else { return }
            lastDrawn = filled
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            line = "\r\(label) [\(bar)] \(current)/\(total)"
        } else {
            lastDrawn = current
            line = "\r\(label) \(current)"
        }
        Console.errorRaw(line)
    }
}
