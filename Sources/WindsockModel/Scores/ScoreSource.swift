/// Who or what gave a ``Score``.
public enum ScoreSource: String, CaseIterable, Hashable, Sendable {
    /// A person (end user feedback, annotation).
    case human
    /// A model acting as judge.
    case llm
    /// A program (a test, a heuristic).
    case code
}
