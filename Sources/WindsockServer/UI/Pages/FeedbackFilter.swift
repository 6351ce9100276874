import WindsockModel

/// The trace list's feedback filter: traces with a thumbs up, a thumbs down, or any score.
///
/// The store's listing does not filter on scores, so the UI reads pages of the filtered listing and keeps the
/// traces whose scores match, up to ``scanLimit`` traces per request; the next page continues from the last
/// trace read, so paging stays exact.
enum FeedbackFilter: String, CaseIterable, Sendable {
    case up
    case down
    case any

    /// The most traces one request reads while looking for matches.
    static let scanLimit = 2000

    var label: String {
        switch self {
        case .up: "▲ thumbs up"
        case .down: "▼ thumbs down"
        case .any: "any score"
        }
    }

    /// Whether a trace with `scores` passes.
    func matches(_ scores: [Score]) -> Bool {
        switch self {
        case .any: !scores.isEmpty
        case .up: scores.contains { $0.name == FeedbackForm.scoreName && $0.value == .boolean(true) }
        case .down: scores.contains { $0.name == FeedbackForm.scoreName && $0.value == .boolean(false) }
        }
    }
}
