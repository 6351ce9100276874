import OrderedJSON

/// The readable text of a trace's input or output for a conversation view: the last message of a role in a
/// chat, the text itself, or compact JSON.
enum ConversationText {
    /// The text of the last message with `role` in `value` (or the value's text when it is not a chat).
    static func text(of value: JSONValue?, role: String) -> String? {
        guard let value else { return nil }
        switch value {
        case .null: return nil
        case .string(let text): return text
        case .array(let items) where MessagesView.isChat(value):
            guard let message = items.last(where: { $0["role"]?.stringValue == role }) ?? items.last else { return nil }
            return messageText(message)
        case .object(let object):
            for key in ["content", "text", "answer", "output", "input", "question", "query"] {
                if let text = object[key]?.stringValue { return text }
            }
            return value.compactString
        default:
            return value.compactString
        }
    }

    private static func messageText(_ message: JSONValue) -> String {
        if let content = message["content"]?.stringValue { return content }
        let parts = message["parts"]?.arrayValue ?? []
        let texts: [String] = parts.compactMap { part in
            switch part["type"]?.stringValue {
            case "text": return part["content"]?.stringValue
            case "tool_call": return "[tool call \(part["name"]?.stringValue ?? "?")]"
            case "tool_call_response": return "[tool result]"
            default: return part.stringValue
            }
        }
        return texts.joined(separator: "\n")
    }
}
