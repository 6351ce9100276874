/// One entry of a conversation: a message, a function call or result, a built-in tool execution, a handoff.
///
/// Entries are discriminated by `type` on the wire. An entry type this library does not know decodes to
/// ``unknown(_:)``.
public enum ConversationEntry: Sendable, Hashable {
    /// `message.input`: a user (or assistant) message sent to the conversation.
    case messageInput(MessageInputEntry)
    /// `message.output`: a message of the model or agent.
    case messageOutput(MessageOutputEntry)
    /// `function.call`: the model calls one of your functions.
    case functionCall(FunctionCallEntry)
    /// `function.result`: the result of a function call, sent by you.
    case functionResult(FunctionResultEntry)
    /// `tool.execution`: a built-in tool ran.
    case toolExecution(ToolExecutionEntry)
    /// `agent.handoff`: an agent handed the conversation over to another.
    case agentHandoff(AgentHandoffEntry)
    /// An entry type this library does not know, as sent.
    case unknown(JSONValue)

    /// A user message.
    public static func user(_ text: String) -> ConversationEntry {
        .messageInput(MessageInputEntry(role: .user, content: .text(text)))
    }

    /// A user message with chunks.
    public static func user(_ chunks: [ContentChunk]) -> ConversationEntry {
        .messageInput(MessageInputEntry(role: .user, content: .chunks(chunks)))
    }

    /// The result of a function call.
    public static func functionResult(toolCallID: String, result: String) -> ConversationEntry {
        .functionResult(FunctionResultEntry(toolCallID: toolCallID, result: result))
    }

    /// The wire `type`.
    public var type: String {
        switch self {
        case .messageInput: "message.input"
        case .messageOutput: "message.output"
        case .functionCall: "function.call"
        case .functionResult: "function.result"
        case .toolExecution: "tool.execution"
        case .agentHandoff: "agent.handoff"
        case .unknown(let json): json["type"]?.stringValue ?? "unknown"
        }
    }
}

extension ConversationEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case type
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "message.input": self = .messageInput(try MessageInputEntry(from: decoder))
        case "message.output": self = .messageOutput(try MessageOutputEntry(from: decoder))
        case "function.call": self = .functionCall(try FunctionCallEntry(from: decoder))
        case "function.result": self = .functionResult(try FunctionResultEntry(from: decoder))
        case "tool.execution": self = .toolExecution(try ToolExecutionEntry(from: decoder))
        case "agent.handoff": self = .agentHandoff(try AgentHandoffEntry(from: decoder))
        default: self = .unknown(try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if case .unknown(let json) = self {
            try json.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .messageInput(let entry): try entry.encode(to: encoder)
        case .messageOutput(let entry): try entry.encode(to: encoder)
        case .functionCall(let entry): try entry.encode(to: encoder)
        case .functionResult(let entry): try entry.encode(to: encoder)
        case .toolExecution(let entry): try entry.encode(to: encoder)
        case .agentHandoff(let entry): try entry.encode(to: encoder)
        case .unknown: break
        }
    }
}
