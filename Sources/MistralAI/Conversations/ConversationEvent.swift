/// One event of a conversation stream, named by the SSE `event:` line.
///
/// The stream ends after ``responseDone(_:)``. A `conversation.response.error` event is not yielded: it
/// throws ``MistralError/streamError(_:)``.
public enum ConversationEvent: Sendable, Hashable {
    /// `conversation.response.started`.
    case responseStarted(ConversationResponseStarted)
    /// `message.output.delta`: new text of a message.
    case messageOutputDelta(MessageOutputDelta)
    /// `function.call.delta`: a function call (arguments may arrive in pieces).
    case functionCallDelta(FunctionCallDelta)
    /// `tool.execution.started`.
    case toolExecutionStarted(ToolExecutionEvent)
    /// `tool.execution.delta`.
    case toolExecutionDelta(ToolExecutionEvent)
    /// `tool.execution.done`.
    case toolExecutionDone(ToolExecutionEvent)
    /// `agent.handoff.started`.
    case agentHandoffStarted(AgentHandoffEvent)
    /// `agent.handoff.done`.
    case agentHandoffDone(AgentHandoffEvent)
    /// `conversation.response.done`: the last event, with the usage.
    case responseDone(ConversationResponseDone)
    /// An event this library does not know, with its name and data.
    case unknown(name: String, data: JSONValue)

    /// The event name, e.g. `message.output.delta`.
    public var name: String {
        switch self {
        case .responseStarted: "conversation.response.started"
        case .messageOutputDelta: "message.output.delta"
        case .functionCallDelta: "function.call.delta"
        case .toolExecutionStarted: "tool.execution.started"
        case .toolExecutionDelta: "tool.execution.delta"
        case .toolExecutionDone: "tool.execution.done"
        case .agentHandoffStarted: "agent.handoff.started"
        case .agentHandoffDone: "agent.handoff.done"
        case .responseDone: "conversation.response.done"
        case .unknown(let name, _): name
        }
    }

    /// The new text, for message output deltas (empty otherwise).
    public var textDelta: String {
        if case .messageOutputDelta(let delta) = self { return delta.content.text }
        return ""
    }

    /// Decodes the event named `name` from its JSON data.
    static func decode(name: String, data: [UInt8]) throws -> ConversationEvent {
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try MistralRuntime.decode(T.self, from: data)
        }
        switch name {
        case "conversation.response.started": return .responseStarted(try decode(ConversationResponseStarted.self))
        case "message.output.delta": return .messageOutputDelta(try decode(MessageOutputDelta.self))
        case "function.call.delta": return .functionCallDelta(try decode(FunctionCallDelta.self))
        case "tool.execution.started": return .toolExecutionStarted(try decode(ToolExecutionEvent.self))
        case "tool.execution.delta": return .toolExecutionDelta(try decode(ToolExecutionEvent.self))
        case "tool.execution.done": return .toolExecutionDone(try decode(ToolExecutionEvent.self))
        case "agent.handoff.started": return .agentHandoffStarted(try decode(AgentHandoffEvent.self))
        case "agent.handoff.done": return .agentHandoffDone(try decode(AgentHandoffEvent.self))
        case "conversation.response.done": return .responseDone(try decode(ConversationResponseDone.self))
        default: return .unknown(name: name, data: try decode(JSONValue.self))
        }
    }
}

/// `conversation.response.started`.
public struct ConversationResponseStarted: Codable, Sendable, Hashable {
    /// The conversation's id.
    public var conversationID: String
    /// When (ISO 8601).
    public var createdAt: String?

    public init(conversationID: String, createdAt: String? = nil) {
        self.conversationID = conversationID
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id"
        case createdAt = "created_at"
    }
}

/// `message.output.delta`: a piece of a message.
public struct MessageOutputDelta: Codable, Sendable, Hashable {
    /// The message entry's id.
    public var id: String
    /// The position of the output entry.
    public var outputIndex: Int?
    /// The position inside the content.
    public var contentIndex: Int?
    /// The model.
    public var model: String?
    /// The agent.
    public var agentID: String?
    /// `assistant`.
    public var role: ChatRole?
    /// The new text or chunk.
    public var content: MessageContent
    /// When (ISO 8601).
    public var createdAt: String?

    public init(
        id: String, content: MessageContent, outputIndex: Int? = nil, contentIndex: Int? = nil, model: String? = nil
    ) {
        self.id = id
        self.content = content
        self.outputIndex = outputIndex
        self.contentIndex = contentIndex
        self.model = model
    }

    enum CodingKeys: String, CodingKey {
        case id
        case outputIndex = "output_index"
        case contentIndex = "content_index"
        case model
        case agentID = "agent_id"
        case role, content
        case createdAt = "created_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        outputIndex = try container.decodeIfPresent(Int.self, forKey: .outputIndex)
        contentIndex = try container.decodeIfPresent(Int.self, forKey: .contentIndex)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        agentID = try container.decodeIfPresent(String.self, forKey: .agentID)
        role = try container.decodeIfPresent(ChatRole.self, forKey: .role)
        content = try container.decodeIfPresent(MessageContent.self, forKey: .content) ?? .text("")
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
    }
}

/// `function.call.delta`: a function call to answer.
public struct FunctionCallDelta: Codable, Sendable, Hashable {
    /// The entry's id.
    public var id: String
    /// The call id to answer.
    public var toolCallID: String
    /// The function's name.
    public var name: String
    /// The arguments (or a piece of them) as JSON text.
    public var arguments: String
    /// The position of the output entry.
    public var outputIndex: Int?
    /// The model.
    public var model: String?
    /// The agent.
    public var agentID: String?
    /// `pending`, `allowed` or `denied`.
    public var confirmationStatus: String?
    /// When (ISO 8601).
    public var createdAt: String?

    public init(id: String, toolCallID: String, name: String, arguments: String) {
        self.id = id
        self.toolCallID = toolCallID
        self.name = name
        self.arguments = arguments
    }

    enum CodingKeys: String, CodingKey {
        case id
        case toolCallID = "tool_call_id"
        case name, arguments
        case outputIndex = "output_index"
        case model
        case agentID = "agent_id"
        case confirmationStatus = "confirmation_status"
        case createdAt = "created_at"
    }
}

/// `tool.execution.started`, `.delta` and `.done`: a built-in tool's run.
public struct ToolExecutionEvent: Codable, Sendable, Hashable {
    /// The entry's id.
    public var id: String
    /// The tool, e.g. `web_search`.
    public var name: String
    /// The arguments as JSON text (started and delta).
    public var arguments: String?
    /// Details of the run (done).
    public var info: JSONValue?
    /// The position of the output entry.
    public var outputIndex: Int?
    /// The model.
    public var model: String?
    /// The agent.
    public var agentID: String?
    /// When (ISO 8601).
    public var createdAt: String?

    public init(id: String, name: String, arguments: String? = nil, info: JSONValue? = nil) {
        self.id = id
        self.name = name
        self.arguments = arguments
        self.info = info
    }

    enum CodingKeys: String, CodingKey {
        case id, name, arguments, info
        case outputIndex = "output_index"
        case model
        case agentID = "agent_id"
        case createdAt = "created_at"
    }
}

/// `agent.handoff.started` and `.done`.
public struct AgentHandoffEvent: Codable, Sendable, Hashable {
    /// The entry's id.
    public var id: String
    /// The agent handing over (started).
    public var previousAgentID: String?
    /// Its name.
    public var previousAgentName: String?
    /// The agent taking over (done).
    public var nextAgentID: String?
    /// Its name.
    public var nextAgentName: String?
    /// The position of the output entry.
    public var outputIndex: Int?
    /// When (ISO 8601).
    public var createdAt: String?

    public init(id: String, previousAgentID: String? = nil, nextAgentID: String? = nil) {
        self.id = id
        self.previousAgentID = previousAgentID
        self.nextAgentID = nextAgentID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case previousAgentID = "previous_agent_id"
        case previousAgentName = "previous_agent_name"
        case nextAgentID = "next_agent_id"
        case nextAgentName = "next_agent_name"
        case outputIndex = "output_index"
        case createdAt = "created_at"
    }
}

/// `conversation.response.done`: the end of a conversation stream.
public struct ConversationResponseDone: Codable, Sendable, Hashable {
    /// Tokens used.
    public var usage: UsageInfo
    /// When (ISO 8601).
    public var createdAt: String?

    public init(usage: UsageInfo, createdAt: String? = nil) {
        self.usage = usage
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case usage
        case createdAt = "created_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        usage =
            try container.decodeIfPresent(UsageInfo.self, forKey: .usage)
            ?? UsageInfo(promptTokens: 0, completionTokens: 0)
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
    }
}
