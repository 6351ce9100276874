/// A request to `POST /v1/agents`: a new agent with a model, instructions and tools.
public struct AgentCreationRequest: Codable, Sendable, Hashable {
    /// The model id.
    public var model: String
    /// The agent's name.
    public var name: String
    /// The agent's instructions (its system prompt).
    public var instructions: String?
    /// The agent's tools.
    public var tools: [Tool]?
    /// The agent's completion settings.
    public var completionArgs: CompletionArgs?
    /// What the agent does.
    public var description: String?
    /// Ids of agents this one may hand a conversation over to.
    public var handoffs: [String]?
    /// Free-form metadata.
    public var metadata: [String: JSONValue]?
    /// Moderation guardrails, as JSON.
    public var guardrails: [JSONValue]?
    /// A note describing this version.
    public var versionMessage: String?

    public init(
        model: String,
        name: String,
        instructions: String? = nil,
        tools: [Tool]? = nil,
        completionArgs: CompletionArgs? = nil,
        description: String? = nil,
        handoffs: [String]? = nil,
        metadata: [String: JSONValue]? = nil,
        guardrails: [JSONValue]? = nil,
        versionMessage: String? = nil
    ) {
        self.model = model
        self.name = name
        self.instructions = instructions
        self.tools = tools
        self.completionArgs = completionArgs
        self.description = description
        self.handoffs = handoffs
        self.metadata = metadata
        self.guardrails = guardrails
        self.versionMessage = versionMessage
    }

    enum CodingKeys: String, CodingKey {
        case model, name, instructions, tools
        case completionArgs = "completion_args"
        case description, handoffs, metadata, guardrails
        case versionMessage = "version_message"
    }
}

/// A request to `PATCH /v1/agents/{agent_id}`: the fields to change (each change makes a new version).
public struct AgentUpdateRequest: Codable, Sendable, Hashable {
    /// The model id.
    public var model: String?
    /// The agent's name.
    public var name: String?
    /// The agent's instructions.
    public var instructions: String?
    /// The agent's tools.
    public var tools: [Tool]?
    /// The agent's completion settings.
    public var completionArgs: CompletionArgs?
    /// What the agent does.
    public var description: String?
    /// Ids of agents this one may hand a conversation over to.
    public var handoffs: [String]?
    /// Free-form metadata.
    public var metadata: [String: JSONValue]?
    /// A note describing this version.
    public var versionMessage: String?

    public init(
        model: String? = nil,
        name: String? = nil,
        instructions: String? = nil,
        tools: [Tool]? = nil,
        completionArgs: CompletionArgs? = nil,
        description: String? = nil,
        handoffs: [String]? = nil,
        metadata: [String: JSONValue]? = nil,
        versionMessage: String? = nil
    ) {
        self.model = model
        self.name = name
        self.instructions = instructions
        self.tools = tools
        self.completionArgs = completionArgs
        self.description = description
        self.handoffs = handoffs
        self.metadata = metadata
        self.versionMessage = versionMessage
    }

    enum CodingKeys: String, CodingKey {
        case model, name, instructions, tools
        case completionArgs = "completion_args"
        case description, handoffs, metadata
        case versionMessage = "version_message"
    }
}
