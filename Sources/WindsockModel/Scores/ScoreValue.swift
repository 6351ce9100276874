/// The value of a ``Score``.
public enum ScoreValue: Hashable, Sendable {
    /// A number (a rating, a probability).
    case number(Double)
    /// A category (`good`, `off_topic`).
    case category(String)
    /// A yes/no verdict (thumbs up is `true`).
    case boolean(Bool)

    /// The data type's name in the API: `numeric`, `categorical` or `boolean`.
    public var dataType: String {
        switch self {
        case .number: "numeric"
        case .category: "categorical"
        case .boolean: "boolean"
        }
    }
}
