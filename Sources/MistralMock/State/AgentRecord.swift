import OrderedJSON

/// An agent created through `POST /v1/agents` (or pre-seeded), with every version kept.
struct AgentRecord: Sendable {
    /// `ag_` followed by 32 hexadecimal characters.
    var id: String
    /// The agent's fields at each version (without the version bookkeeping fields).
    var versions: [JSONObject]
    /// The version currently deployed.
    var currentVersion: Int
    var createdAt: Timestamp
    var updatedAt: Timestamp

    /// The fields of the current version.
    var fields: JSONObject {
        versions[min(currentVersion, versions.count - 1)]
    }

    /// The model the agent runs on.
    var model: String {
        fields["model"]?.stringValue ?? "mistral-small-latest"
    }

    /// The agent's instructions (its system prompt).
    var instructions: String? {
        fields["instructions"]?.stringValue
    }

    /// The `Agent` object of the API at `version` (the current one by default).
    func json(version: Int? = nil) -> JSONValue {
        let shown = version.map { versions[min(max($0, 0), versions.count - 1)] } ?? fields
        var object = JSONObject()
        for key in [
            "instructions", "tools", "completion_args", "guardrails", "model", "name", "description", "handoffs",
            "metadata",
        ] {
            object[key] = shown[key] ?? .null
        }
        object["object"] = "agent"
        object["id"] = .string(id)
        object["version"] = .int(version ?? currentVersion)
        object["versions"] = .array(versions.indices.map(JSONValue.int))
        object["created_at"] = .string(createdAt.iso8601)
        object["updated_at"] = .string(updatedAt.iso8601)
        object["deployment_chat"] = shown["deployment_chat"] ?? false
        object["source"] = "api"
        object["version_message"] = shown["version_message"] ?? .null
        return .object(object)
    }
}
