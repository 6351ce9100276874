import OrderedJSON

/// Flattens message content (a string or a list of chunks) into text.
enum ContentText {
    /// The text of `content`: strings as they are; chunk lists joined by newlines, with placeholders for
    /// images, documents, files and audio, and the text of thinking chunks.
    static func flatten(_ content: JSONValue?) -> String {
        switch content {
        case .string(let text)?:
            return text
        case .array(let chunks)?:
            return chunks.compactMap(chunkText).joined(separator: "\n")
        default:
            return ""
        }
    }

    private static func chunkText(_ chunk: JSONValue) -> String? {
        if let text = chunk.stringValue { return text }
        switch chunk["type"]?.stringValue {
        case "text": return chunk["text"]?.stringValue
        case "image_url": return "[image]"
        case "document_url": return "[document \(chunk["document_name"]?.stringValue ?? "")]"
        case "file": return "[file]"
        case "input_audio": return "[audio]"
        case "thinking":
            return chunk["thinking"]?.arrayValue?.compactMap { $0["text"]?.stringValue }.joined(separator: "\n")
        default: return chunk["text"]?.stringValue
        }
    }
}
