/// An agent: a model with instructions, tools and completion settings, stored by Mistral.
public struct Agent: Codable, Sendable, Hashable {
    /// The id (`ag_…`).
    public var id: String
    /// `agent`.
    public var object: String?
    /// The model id.
    public var model: String
    /// The name.
    public var name: String
    /// The instructions.
    public var instructions: String?
    /// The tools.
    public var tools: [Tool]
    /// The completion settings.
    public var completionArgs: CompletionArgs?
    /// What the agent does.
    public var description: String?
    /// Ids of agents this one may hand a conversation over to.
    public var handoffs: [String]?
    /// Free-form metadata.
    public var metadata: [String: JSONValue]?
    /// The current version.
    public var version: Int?
    /// All versions.
    public var versions: [Int]?
    /// Creation time (ISO 8601).
    public var createdAt: String?
    /// Last update time (ISO 8601).
    public var updatedAt: String?
    /// Whether the agent is available in Le Chat.
    public var deploymentChat: Bool?
    /// Where the agent comes from.
    public var source: String?
    /// The note of this version.
    public var versionMessage: String?

    public init(
        id: String,
        model: String,
        name: String,
        instructions: String? = nil,
        tools: [Tool] = [],
        completionArgs: CompletionArgs? = nil,
        description: String? = nil,
        handoffs: [String]? = nil,
        metadata: [String: JSONValue]? = nil,
        version: Int? = nil,
        versions: [Int]? = nil,
        createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.object = "agent"
        self.model = model
        self.name = name
        self.instructions = instructions
        self.tools = tools
        self.completionArgs = completionArgs
        self.description = description
        self.handoffs = handoffs
        self.metadata = metadata
        self.version = version
        self.versions = versions
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, object, model, name, instructions, tools
        case completionArgs = "completion_args"
        case description, handoffs, metadata, version, versions
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deploymentChat = "deployment_chat"
        case source
        case versionMessage = "version_message"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        instructions = try container.decodeIfPresent(String.self, forKey: .instructions)
        tools = try container.decodeIfPresent([Tool].self, forKey: .tools) ?? []
        completionArgs = try container.decodeIfPresent(CompletionArgs.self, forKey: .completionArgs)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        handoffs = try container.decodeIfPresent([String].self, forKey: .handoffs)
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
        version = try container.decodeIfPresent(Int.self, forKey: .version)
        versions = try container.decodeIfPresent([Int].self, forKey: .versions)
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        updatedAt = try container.decodeIfPresent(String.self, forKey: .updatedAt)
        deploymentChat = try container.decodeIfPresent(Bool.self, forKey: .deploymentChat)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        versionMessage = try container.decodeIfPresent(String.self, forKey: .versionMessage)
    }
}
