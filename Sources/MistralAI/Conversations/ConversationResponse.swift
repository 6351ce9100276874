/// The answer of starting, appending to or restarting a conversation.
public struct ConversationResponse: Codable, Sendable, Hashable {
    /// `conversation.response`.
    public var object: String?
    /// The conversation's id (`conv_…`).
    public var conversationID: String
    /// The new entries: messages, function calls, tool executions, handoffs.
    public var outputs: [ConversationEntry]
    /// Tokens used.
    public var usage: UsageInfo?
    /// Guardrail results, as JSON.
    public var guardrails: [JSONValue]?

    public init(conversationID: String, outputs: [ConversationEntry], usage: UsageInfo? = nil) {
        self.object = "conversation.response"
        self.conversationID = conversationID
        self.outputs = outputs
        self.usage = usage
    }

    /// The text of the message outputs, joined.
    public var text: String {
        outputs.compactMap { entry -> String? in
            if case .messageOutput(let message) = entry { return message.text }
            return nil
        }.joined()
    }

    /// The function calls to answer.
    public var functionCalls: [FunctionCallEntry] {
        outputs.compactMap { entry in
            if case .functionCall(let call) = entry { return call }
            return nil
        }
    }

    enum CodingKeys: String, CodingKey {
        case object
        case conversationID = "conversation_id"
        case outputs, usage, guardrails
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        conversationID = try container.decode(String.self, forKey: .conversationID)
        outputs = try container.decodeIfPresent([ConversationEntry].self, forKey: .outputs) ?? []
        usage = try container.decodeIfPresent(UsageInfo.self, forKey: .usage)
        guardrails = try container.decodeIfPresent([JSONValue].self, forKey: .guardrails)
    }
}

/// All entries of a conversation (`GET /v1/conversations/{id}/history`).
public struct ConversationHistory: Codable, Sendable, Hashable {
    /// `conversation.history`.
    public var object: String?
    /// The conversation's id.
    public var conversationID: String
    /// The entries, oldest first.
    public var entries: [ConversationEntry]

    public init(conversationID: String, entries: [ConversationEntry]) {
        self.object = "conversation.history"
        self.conversationID = conversationID
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case object
        case conversationID = "conversation_id"
        case entries
    }
}

/// The messages of a conversation (`GET /v1/conversations/{id}/messages`).
public struct ConversationMessages: Codable, Sendable, Hashable {
    /// `conversation.messages`.
    public var object: String?
    /// The conversation's id.
    public var conversationID: String
    /// The message entries, oldest first.
    public var messages: [ConversationEntry]

    public init(conversationID: String, messages: [ConversationEntry]) {
        self.object = "conversation.messages"
        self.conversationID = conversationID
        self.messages = messages
    }

    enum CodingKeys: String, CodingKey {
        case object
        case conversationID = "conversation_id"
        case messages
    }
}

/// A stored conversation (`GET /v1/conversations/{id}`), with a model or an agent.
public struct Conversation: Codable, Sendable, Hashable {
    /// The id (`conv_…`).
    public var id: String
    /// `conversation`.
    public var object: String?
    /// The model, for model conversations.
    public var model: String?
    /// The agent, for agent conversations.
    public var agentID: String?
    /// The agent version.
    public var agentVersion: AgentVersion?
    /// The name.
    public var name: String?
    /// The description.
    public var description: String?
    /// The instructions, for model conversations.
    public var instructions: String?
    /// The tools, for model conversations.
    public var tools: [Tool]?
    /// The completion settings.
    public var completionArgs: CompletionArgs?
    /// Free-form metadata.
    public var metadata: [String: JSONValue]?
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Last update time (ISO 8601).
    public var updatedAt: String?

    public init(id: String, model: String? = nil, agentID: String? = nil) {
        self.id = id
        self.object = "conversation"
        self.model = model
        self.agentID = agentID
    }

    enum CodingKeys: String, CodingKey {
        case id, object, model
        case agentID = "agent_id"
        case agentVersion = "agent_version"
        case name, description, instructions, tools
        case completionArgs = "completion_args"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// The parameters of `GET /v1/conversations`.
public struct ConversationListRequest: Codable, Sendable, Hashable {
    /// The page, from 0.
    public var page: Int?
    /// Conversations per page.
    public var pageSize: Int?

    public init(page: Int? = nil, pageSize: Int? = nil) {
        self.page = page
        self.pageSize = pageSize
    }

    enum CodingKeys: String, CodingKey {
        case page
        case pageSize = "page_size"
    }

    var queryItems: [MistralQueryItem] {
        var query = QueryBuilder()
        query.add("page", page)
        query.add("page_size", pageSize)
        return query.items
    }
}
