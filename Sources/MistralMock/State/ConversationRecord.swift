import OrderedJSON

/// A conversation kept by the emulator (`store: true`), with its entries in order.
struct ConversationRecord: Sendable {
    /// `conv_` followed by 32 hexadecimal characters.
    var id: String
    var createdAt: Timestamp
    var updatedAt: Timestamp
    /// The model of a model conversation.
    var model: String?
    /// The agent of an agent conversation.
    var agentID: String?
    var agentVersion: JSONValue = .null
    var instructions: String?
    var tools: JSONValue = []
    var completionArgs: JSONObject = JSONObject()
    var guardrails: JSONValue = .null
    var name: String?
    var description: String?
    var metadata: JSONValue = .null
    /// Every entry (`message.input`, `message.output`, `function.call`, `function.result`), in wire format.
    var entries: [JSONObject] = []

    /// The `ModelConversation` or `AgentConversation` object of the API.
    var json: JSONValue {
        var object = JSONObject()
        if let agentID {
            object["name"] = .optional(name)
            object["description"] = .optional(description)
            object["metadata"] = metadata
            object["object"] = "conversation"
            object["id"] = .string(id)
            object["created_at"] = .string(createdAt.iso8601)
            object["updated_at"] = .string(updatedAt.iso8601)
            object["agent_id"] = .string(agentID)
            object["agent_version"] = agentVersion
        } else {
            object["instructions"] = .optional(instructions)
            object["tools"] = tools
            object["completion_args"] = .object(completionArgs)
            object["guardrails"] = guardrails
            object["name"] = .optional(name)
            object["description"] = .optional(description)
            object["metadata"] = metadata
            object["object"] = "conversation"
            object["id"] = .string(id)
            object["created_at"] = .string(createdAt.iso8601)
            object["updated_at"] = .string(updatedAt.iso8601)
            object["model"] = .optional(model)
        }
        return .object(object)
    }
}
