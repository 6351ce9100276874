import WindsockModel

/// Scores as small chips: thumbs up/down for boolean feedback, `name: value` for the rest.
enum ScoreChips {
    static func write(_ scores: [Score], into html: inout HTMLBuilder) {
        for score in scores {
            let tooltip = [score.name, score.comment, score.author].compactMap { $0 }.joined(separator: " · ")
            switch score.value {
            case .boolean(let up):
                html.element(
                    "span", [.class(up ? "chip up" : "chip down"), .title(tooltip)], text: up ? "▲ up" : "▼ down")
            case .number(let value):
                html.element(
                    "span", [.class("chip"), .title(tooltip)], text: "\(score.name): \(Format.compact(value))")
            case .category(let value):
                html.element("span", [.class("chip"), .title(tooltip)], text: "\(score.name): \(value)")
            }
        }
    }
}
