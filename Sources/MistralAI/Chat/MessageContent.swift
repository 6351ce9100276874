/// The content of a message: plain text, or a list of chunks (text, images, documents, reasoning, …).
///
/// A string literal is text content.
public enum MessageContent: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Plain text.
    case text(String)
    /// A list of chunks.
    case chunks([ContentChunk])

    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// All text of the content: the string, or the `text` chunks joined (reasoning excluded).
    public var text: String {
        switch self {
        case .text(let text): text
        case .chunks(let chunks): chunks.compactMap(\.text).joined()
        }
    }

    /// The reasoning chunks' text, if any.
    public var thinking: String? {
        guard case .chunks(let chunks) = self else { return nil }
        let parts = chunks.compactMap { chunk -> String? in
            if case .thinking(let thinking) = chunk { return thinking.text }
            return nil
        }
        return parts.isEmpty ? nil : parts.joined()
    }

    /// The content as chunks (text becomes one `text` chunk).
    public var chunks: [ContentChunk] {
        switch self {
        case .text(let text): [.text(text)]
        case .chunks(let chunks): chunks
        }
    }
}

extension MessageContent: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .chunks(try container.decode([ContentChunk].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .chunks(let chunks): try container.encode(chunks)
        }
    }
}
