/// A request to `POST /v1/conversations`: starts a conversation with a model or an agent.
public struct ConversationStartRequest: Codable, Sendable, Hashable {
    /// The first inputs.
    public var inputs: ConversationInputs
    /// The model id (or set ``agentID``).
    public var model: String?
    /// The agent id (or set ``model``).
    public var agentID: String?
    /// The agent version.
    public var agentVersion: AgentVersion?
    /// Instructions (a system prompt), for model conversations.
    public var instructions: String?
    /// Tools, for model conversations.
    public var tools: [Tool]?
    /// Completion settings.
    public var completionArgs: CompletionArgs?
    /// Whether the server stores the conversation (default true).
    public var store: Bool?
    /// Who runs handoffs.
    public var handoffExecution: HandoffExecution?
    /// A name for the conversation.
    public var name: String?
    /// A description of the conversation.
    public var description: String?
    /// Free-form metadata.
    public var metadata: [String: JSONValue]?
    /// Moderation guardrails, as JSON.
    public var guardrails: [JSONValue]?
    /// Set by the client for streams.
    var stream: Bool?

    public init(
        inputs: ConversationInputs,
        model: String? = nil,
        agentID: String? = nil,
        agentVersion: AgentVersion? = nil,
        instructions: String? = nil,
        tools: [Tool]? = nil,
        completionArgs: CompletionArgs? = nil,
        store: Bool? = nil,
        handoffExecution: HandoffExecution? = nil,
        name: String? = nil,
        description: String? = nil,
        metadata: [String: JSONValue]? = nil,
        guardrails: [JSONValue]? = nil
    ) {
        self.inputs = inputs
        self.model = model
        self.agentID = agentID
        self.agentVersion = agentVersion
        self.instructions = instructions
        self.tools = tools
        self.completionArgs = completionArgs
        self.store = store
        self.handoffExecution = handoffExecution
        self.name = name
        self.description = description
        self.metadata = metadata
        self.guardrails = guardrails
    }

    enum CodingKeys: String, CodingKey {
        case inputs, model
        case agentID = "agent_id"
        case agentVersion = "agent_version"
        case instructions, tools
        case completionArgs = "completion_args"
        case store
        case handoffExecution = "handoff_execution"
        case name, description, metadata, guardrails, stream
    }
}

/// A request to `POST /v1/conversations/{id}`: new inputs for a conversation.
public struct ConversationAppendRequest: Codable, Sendable, Hashable {
    /// The new inputs.
    public var inputs: ConversationInputs
    /// Completion settings.
    public var completionArgs: CompletionArgs?
    /// Whether the server stores the new entries.
    public var store: Bool?
    /// Who runs handoffs.
    public var handoffExecution: HandoffExecution?
    /// Decisions on pending tool calls.
    public var toolConfirmations: [ToolCallConfirmation]?
    /// Set by the client for streams.
    var stream: Bool?

    public init(
        inputs: ConversationInputs,
        completionArgs: CompletionArgs? = nil,
        store: Bool? = nil,
        handoffExecution: HandoffExecution? = nil,
        toolConfirmations: [ToolCallConfirmation]? = nil
    ) {
        self.inputs = inputs
        self.completionArgs = completionArgs
        self.store = store
        self.handoffExecution = handoffExecution
        self.toolConfirmations = toolConfirmations
    }

    enum CodingKeys: String, CodingKey {
        case inputs
        case completionArgs = "completion_args"
        case store
        case handoffExecution = "handoff_execution"
        case toolConfirmations = "tool_confirmations"
        case stream
    }
}

/// A request to `POST /v1/conversations/{id}/restart`: continues from an earlier entry with new inputs.
public struct ConversationRestartRequest: Codable, Sendable, Hashable {
    /// The new inputs.
    public var inputs: ConversationInputs
    /// The entry to restart from.
    public var fromEntryID: String
    /// Completion settings.
    public var completionArgs: CompletionArgs?
    /// Whether the server stores the new entries.
    public var store: Bool?
    /// Who runs handoffs.
    public var handoffExecution: HandoffExecution?
    /// Free-form metadata.
    public var metadata: [String: JSONValue]?
    /// The agent version.
    public var agentVersion: AgentVersion?
    /// Moderation guardrails, as JSON.
    public var guardrails: [JSONValue]?
    /// Set by the client for streams.
    var stream: Bool?

    public init(
        inputs: ConversationInputs,
        fromEntryID: String,
        completionArgs: CompletionArgs? = nil,
        store: Bool? = nil,
        handoffExecution: HandoffExecution? = nil,
        metadata: [String: JSONValue]? = nil,
        agentVersion: AgentVersion? = nil,
        guardrails: [JSONValue]? = nil
    ) {
        self.inputs = inputs
        self.fromEntryID = fromEntryID
        self.completionArgs = completionArgs
        self.store = store
        self.handoffExecution = handoffExecution
        self.metadata = metadata
        self.agentVersion = agentVersion
        self.guardrails = guardrails
    }

    enum CodingKeys: String, CodingKey {
        case inputs
        case fromEntryID = "from_entry_id"
        case completionArgs = "completion_args"
        case store
        case handoffExecution = "handoff_execution"
        case metadata
        case agentVersion = "agent_version"
        case guardrails, stream
    }
}
