import OrderedJSON

/// Building conversation entries (`message.input`, `message.output`, `function.call`, `function.result`)
/// in wire format, and turning them back into chat messages for the emulated model.
enum ConversationEntries {
    /// The entries of a request's `inputs` (a string, or a list of entries), stamped with ids and times.
    static func inputs(_ value: JSONValue?, at time: Timestamp) throws(MockAPIError) -> [JSONObject] {
        switch value {
        case nil, .null?:
            return []
        case .string(let text)?:
            return [messageInput(role: "user", content: .string(text), prefix: false, at: time)]
        case .array(let items)?:
            var entries: [JSONObject] = []
            for (position, item) in items.enumerated() {
                entries.append(try input(item, location: ["body", "inputs", .int(position)], at: time))
            }
            return entries
        case let other?:
            throw .validation([
                ValidationIssue(
                    type: "string_type", location: ["body", "inputs"], message: "Input should be a valid string",
                    input: other)
            ])
        }
    }

    /// A `message.input` entry.
    static func messageInput(role: String, content: JSONValue, prefix: Bool, at time: Timestamp) -> JSONObject {
        JSONObject([
            ("object", "entry"), ("type", "message.input"), ("created_at", .string(time.iso8601)),
            ("completed_at", .null), ("id", .string(MockIdentifiers.prefixed("msg_"))), ("role", .string(role)),
            ("content", content), ("prefix", .bool(prefix)),
        ])
    }

    /// A `message.output` entry.
    static func messageOutput(content: String, model: String, agentID: String?, at time: Timestamp) -> JSONObject {
        JSONObject([
            ("object", "entry"), ("type", "message.output"), ("created_at", .string(time.iso8601)),
            ("completed_at", .string(time.iso8601)), ("agent_id", .optional(agentID)), ("model", .string(model)),
            ("id", .string(MockIdentifiers.prefixed("msg_"))), ("role", "assistant"), ("content", .string(content)),
        ])
    }

    /// A `function.call` entry.
    static func functionCall(_ call: ToolCall, model: String, agentID: String?, at time: Timestamp) -> JSONObject {
        JSONObject([
            ("object", "entry"), ("type", "function.call"), ("created_at", .string(time.iso8601)),
            ("completed_at", .string(time.iso8601)), ("agent_id", .optional(agentID)), ("model", .string(model)),
            ("id", .string(MockIdentifiers.prefixed("fc_"))), ("tool_call_id", .string(call.id)),
            ("name", .string(call.name)), ("arguments", .string(call.arguments)), ("confirmation_status", .null),
        ])
    }

    /// The chat messages the entries stand for (instructions first, as a system message).
    static func messages(instructions: String?, entries: [JSONObject]) -> [ChatMessage] {
        var messages: [ChatMessage] = []
        if let instructions, !instructions.isEmpty {
            messages.append(ChatMessage(role: .system, text: instructions))
        }
        var callNames: [String: String] = [:]
        for entry in entries {
            switch entry["type"]?.stringValue {
            case "message.input":
                let role: ChatMessage.Role = entry["role"]?.stringValue == "assistant" ? .assistant : .user
                var message = ChatMessage(role: role, text: ContentText.flatten(entry["content"]))
                message.prefix = entry["prefix"]?.boolValue ?? false
                messages.append(message)
            case "message.output":
                messages.append(ChatMessage(role: .assistant, text: ContentText.flatten(entry["content"])))
            case "function.call":
                let call = ToolCall(
                    id: entry["tool_call_id"]?.stringValue ?? "",
                    name: entry["name"]?.stringValue ?? "",
                    arguments: entry["arguments"]?.stringValue ?? entry["arguments"]?.compactString ?? "{}"
                )
                callNames[call.id] = call.name
                if let last = messages.last, last.role == .assistant, last.text.isEmpty, !last.toolCalls.isEmpty {
                    messages[messages.count - 1].toolCalls.append(call)
                } else {
                    messages.append(ChatMessage(role: .assistant, text: "", toolCalls: [call]))
                }
            case "function.result":
                let id = entry["tool_call_id"]?.stringValue ?? ""
                messages.append(
                    ChatMessage(
                        role: .tool,
                        text: entry["result"]?.stringValue ?? "",
                        toolCallID: id,
                        name: callNames[id]
                    )
                )
            default:
                continue
            }
        }
        return messages
    }

    /// Whether `entry` is a message (input or output), as `GET /v1/conversations/{id}/messages` lists.
    static func isMessage(_ entry: JSONObject) -> Bool {
        let type = entry["type"]?.stringValue
        return type == "message.input" || type == "message.output"
    }

    private static func input(_ item: JSONValue, location: [JSONValue], at time: Timestamp) throws(MockAPIError)
        -> JSONObject
    {
        guard let object = item.objectValue else {
            throw .validation([
                ValidationIssue(
                    type: "model_attributes_type",
                    location: location,
                    message: "Input should be a valid dictionary or object to extract fields from",
                    input: item
                )
            ])
        }
        switch object["type"]?.stringValue ?? "message.input" {
        case "message.input":
            let role = object["role"]?.stringValue ?? "user"
            guard role == "user" || role == "assistant" else {
                throw .validation([
                    ValidationIssue(
                        type: "literal_error",
                        location: location + ["role"],
                        message: "Input should be 'assistant' or 'user'",
                        input: .string(role),
                        context: ["expected": "'assistant' or 'user'"]
                    )
                ])
            }
            guard let content = object["content"] else {
                throw .validation([.missing(location + ["content"], input: item)])
            }
            return messageInput(role: role, content: content, prefix: object["prefix"]?.boolValue ?? false, at: time)
        case "function.result":
            guard let callID = object["tool_call_id"]?.stringValue, let result = object["result"] else {
                throw .validation([.missing(location + ["tool_call_id"], input: item)])
            }
            guard MessageRules.isValidToolCallID(callID) else { throw MessageRules.invalidToolCallID(callID) }
            return JSONObject([
                ("object", "entry"), ("type", "function.result"), ("created_at", .string(time.iso8601)),
                ("completed_at", .null), ("id", .string(MockIdentifiers.prefixed("fr_"))),
                ("tool_call_id", .string(callID)), ("result", .string(result.stringValue ?? result.compactString)),
            ])
        default:
            var entry = object
            entry["object"] = "entry"
            entry["created_at"] = entry["created_at"] ?? .string(time.iso8601)
            entry["id"] = entry["id"] ?? .string(MockIdentifiers.prefixed("msg_"))
            return entry
        }
    }
}
