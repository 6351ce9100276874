/// The author of a chat message.
public enum ChatRole: MistralOpenEnum {
    case system
    case user
    case assistant
    case tool
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [ChatRole] = [.system, .user, .assistant, .tool]

    public var rawValue: String {
        switch self {
        case .system: "system"
        case .user: "user"
        case .assistant: "assistant"
        case .tool: "tool"
        case .unknown(let value): value
        }
    }
}
