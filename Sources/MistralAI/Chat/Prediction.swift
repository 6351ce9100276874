/// Predicted output: text the answer is expected to mostly repeat (e.g. a file being edited), which speeds
/// up generation. `{"type":"content","content":…}`.
public struct Prediction: Codable, Sendable, Hashable {
    /// The kind of prediction (`content`).
    public var type: String
    /// The expected text.
    public var content: String

    public init(type: String = "content", content: String) {
        self.type = type
        self.content = content
    }

    /// A content prediction.
    public static func content(_ text: String) -> Prediction {
        Prediction(content: text)
    }

    enum CodingKeys: String, CodingKey {
        case type, content
    }
}
