/// A message sent to a conversation (`message.input`).
public struct MessageInputEntry: Codable, Sendable, Hashable {
    /// The entry id (`msg_…`), set by the server.
    public var id: String?
    /// `user`, or `assistant` for a prefix.
    public var role: ChatRole
    /// The content.
    public var content: MessageContent
    /// With `true`, the model continues this assistant text.
    public var prefix: Bool?
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Completion time (ISO 8601).
    public var completedAt: String?

    public init(role: ChatRole = .user, content: MessageContent, prefix: Bool? = nil) {
        self.role = role
        self.content = content
        self.prefix = prefix
    }

    enum CodingKeys: String, CodingKey {
        case id, role, content, prefix
        case createdAt = "created_at"
        case completedAt = "completed_at"
    }
}

/// A message of the model or agent (`message.output`).
public struct MessageOutputEntry: Codable, Sendable, Hashable {
    /// The entry id (`msg_…`).
    public var id: String?
    /// `assistant`.
    public var role: ChatRole?
    /// The content: text, or chunks (text, tool references, tool files, reasoning).
    public var content: MessageContent
    /// The model that wrote it.
    public var model: String?
    /// The agent that wrote it.
    public var agentID: String?
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Completion time (ISO 8601).
    public var completedAt: String?

    public init(id: String? = nil, content: MessageContent, model: String? = nil, agentID: String? = nil) {
        self.id = id
        self.role = .assistant
        self.content = content
        self.model = model
        self.agentID = agentID
    }

    /// The text of the content (reasoning and references excluded).
    public var text: String { content.text }

    enum CodingKeys: String, CodingKey {
        case id, role, content, model
        case agentID = "agent_id"
        case createdAt = "created_at"
        case completedAt = "completed_at"
    }
}

/// A call of one of your functions (`function.call`); answer it with a ``FunctionResultEntry``.
public struct FunctionCallEntry: Codable, Sendable, Hashable {
    /// The entry id.
    public var id: String?
    /// The call id to answer.
    public var toolCallID: String
    /// The function's name.
    public var name: String
    /// The arguments as JSON text.
    public var arguments: String
    /// The model that called it.
    public var model: String?
    /// The agent that called it.
    public var agentID: String?
    /// `pending`, `allowed` or `denied`, for tools that need confirmation.
    public var confirmationStatus: String?
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Completion time (ISO 8601).
    public var completedAt: String?

    public init(toolCallID: String, name: String, arguments: String) {
        self.toolCallID = toolCallID
        self.name = name
        self.arguments = arguments
    }

    /// The call as a ``FunctionCall`` (for ``FunctionCall/decodeArguments(as:)``).
    public var function: FunctionCall { FunctionCall(name: name, arguments: arguments) }

    enum CodingKeys: String, CodingKey {
        case id
        case toolCallID = "tool_call_id"
        case name, arguments, model
        case agentID = "agent_id"
        case confirmationStatus = "confirmation_status"
        case createdAt = "created_at"
        case completedAt = "completed_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        toolCallID = try container.decode(String.self, forKey: .toolCallID)
        name = try container.decode(String.self, forKey: .name)
        if let text = try? container.decode(String.self, forKey: .arguments) {
            arguments = text
        } else {
            arguments = try container.decodeIfPresent(JSONValue.self, forKey: .arguments)?.jsonString ?? "{}"
        }
        model = try container.decodeIfPresent(String.self, forKey: .model)
        agentID = try container.decodeIfPresent(String.self, forKey: .agentID)
        confirmationStatus = try container.decodeIfPresent(String.self, forKey: .confirmationStatus)
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        completedAt = try container.decodeIfPresent(String.self, forKey: .completedAt)
    }
}

/// The result of a function call (`function.result`), sent as input.
public struct FunctionResultEntry: Codable, Sendable, Hashable {
    /// The entry id, set by the server.
    public var id: String?
    /// The id of the call this answers.
    public var toolCallID: String
    /// The result, as text.
    public var result: String
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Completion time (ISO 8601).
    public var completedAt: String?

    public init(toolCallID: String, result: String) {
        self.toolCallID = toolCallID
        self.result = result
    }

    enum CodingKeys: String, CodingKey {
        case id
        case toolCallID = "tool_call_id"
        case result
        case createdAt = "created_at"
        case completedAt = "completed_at"
    }
}

/// A built-in tool's run (`tool.execution`), e.g. a web search.
public struct ToolExecutionEntry: Codable, Sendable, Hashable {
    /// The entry id.
    public var id: String?
    /// The tool, e.g. `web_search`.
    public var name: String
    /// The arguments as JSON text.
    public var arguments: String
    /// Details of the run.
    public var info: JSONValue?
    /// The model that ran it.
    public var model: String?
    /// The agent that ran it.
    public var agentID: String?
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Completion time (ISO 8601).
    public var completedAt: String?

    public init(name: String, arguments: String, info: JSONValue? = nil) {
        self.name = name
        self.arguments = arguments
        self.info = info
    }

    enum CodingKeys: String, CodingKey {
        case id, name, arguments, info, model
        case agentID = "agent_id"
        case createdAt = "created_at"
        case completedAt = "completed_at"
    }
}

/// A handoff between agents (`agent.handoff`).
public struct AgentHandoffEntry: Codable, Sendable, Hashable {
    /// The entry id.
    public var id: String?
    /// The agent that handed over.
    public var previousAgentID: String
    /// Its name.
    public var previousAgentName: String?
    /// The agent that took over.
    public var nextAgentID: String
    /// Its name.
    public var nextAgentName: String?
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Completion time (ISO 8601).
    public var completedAt: String?

    public init(
        previousAgentID: String, previousAgentName: String? = nil, nextAgentID: String, nextAgentName: String? = nil
    ) {
        self.previousAgentID = previousAgentID
        self.previousAgentName = previousAgentName
        self.nextAgentID = nextAgentID
        self.nextAgentName = nextAgentName
    }

    enum CodingKeys: String, CodingKey {
        case id
        case previousAgentID = "previous_agent_id"
        case previousAgentName = "previous_agent_name"
        case nextAgentID = "next_agent_id"
        case nextAgentName = "next_agent_name"
        case createdAt = "created_at"
        case completedAt = "completed_at"
    }
}
