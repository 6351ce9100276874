import WindsockModel

/// Scores as small chips: thumbs up/down for the UI's own feedback (`user_feedback`), `name: value` for the rest
/// (a boolean evaluation such as `is_correct: false` is not a vote).
enum ScoreChips {
    static func write(_ scores: [Score], into html: inout HTMLBuilder) {
        for score in scores {
            let tooltip = [score.name, score.comment, score.author].compactMap { $0 }.joined(separator: " · ")
            switch score.value {
            case .boolean(let up) where score.name == FeedbackForm.scoreName:
                html.element(
                    "span", [.class(up ? "chip up" : "chip down"), .title(tooltip)], text: up ? "▲ up" : "▼ down")
            case .number(let value):
                html.element(
                    "span", [.class("chip"), .title(tooltip)], text: "\(score.name): \(Format.compact(value))")
            case .boolean(let value):
                html.element(
                    "span", [.class(value ? "chip yes" : "chip no"), .title(tooltip)],
                    text: "\(score.name): \(value ? "true" : "false")")
            case .category(let value):
                html.element("span", [.class("chip"), .title(tooltip)], text: "\(score.name): \(value)")
            }
        }
    }
}
