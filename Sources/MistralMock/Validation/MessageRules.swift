import OrderedJSON

/// The chat API's rules for `messages`: their shape (422 like pydantic, checked by ``parse(_:location:)``),
/// then tool-call ids (400 `invalid_function_call`, code 3280) and the role of the last message
/// (400 `invalid_request_error`), checked by ``check(_:)``.
enum MessageRules {
    /// Parses and checks `messages`; `location` is where the array sits in the body.
    static func parse(_ value: JSONValue, location: [JSONValue] = ["body", "messages"]) throws(MockAPIError)
        -> [ChatMessage]
    {
        guard let items = value.arrayValue else {
            throw .validation([
                ValidationIssue(
                    type: "list_type", location: location, message: "Input should be a valid list", input: value)
            ])
        }
        guard !items.isEmpty else {
            throw .validation([
                ValidationIssue(
                    type: "too_short",
                    location: location,
                    message: "List should have at least 1 item after validation, not 0",
                    input: value,
                    context: ["field_type": "List", "min_length": 1, "actual_length": 0]
                )
            ])
        }
        var messages: [ChatMessage] = []
        var issues: [ValidationIssue] = []
        for (position, item) in items.enumerated() {
            let itemLocation = location + [.int(position)]
            switch parseMessage(item, location: itemLocation) {
            case .success(let message): messages.append(message)
            case .failure(let issue): issues.append(issue)
            }
        }
        guard issues.isEmpty else { throw .validation(issues) }
        return messages
    }

    /// The rules checked after the body's shape and the model: tool-call ids, then the last role.
    static func check(_ messages: [ChatMessage]) throws(MockAPIError) {
        try checkToolCallIDs(messages)
        try checkLastRole(messages)
    }

    /// Checks the role of the last message: it must be `user` or `tool`, or `assistant` with `prefix: true`.
    static func checkLastRole(_ messages: [ChatMessage]) throws(MockAPIError) {
        guard let last = messages.last else { return }
        switch last.role {
        case .user, .tool:
            return
        case .assistant where last.prefix:
            return
        case .assistant, .system:
            throw .invalidRequest(
                "Expected last role User or Tool (or Assistant with prefix True) for serving but got \(last.role.rawValue)"
            )
        }
    }

    /// Whether `id` is a valid tool-call id: exactly 9 characters from `[a-zA-Z0-9]`.
    static func isValidToolCallID(_ id: String) -> Bool {
        id.utf8.count == 9
            && id.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
    }

    /// The 400 the real API sends for a malformed tool-call id.
    static func invalidToolCallID(_ id: String) -> MockAPIError {
        .envelope(
            status: .badRequest,
            message: .string("Tool call id was \(id) but must be a-z, A-Z, 0-9, with a length of 9."),
            type: "invalid_function_call",
            code: "3280"
        )
    }

    private static func checkToolCallIDs(_ messages: [ChatMessage]) throws(MockAPIError) {
        for message in messages {
            for call in message.toolCalls where !isValidToolCallID(call.id) {
                throw invalidToolCallID(call.id)
            }
            if message.role == .tool, let id = message.toolCallID, !isValidToolCallID(id) {
                throw invalidToolCallID(id)
            }
        }
    }

    private static func parseMessage(_ item: JSONValue, location: [JSONValue]) -> Result<ChatMessage, ValidationIssue> {
        guard let object = item.objectValue else {
            return .failure(
                ValidationIssue(
                    type: "model_attributes_type",
                    location: location,
                    message: "Input should be a valid dictionary or object to extract fields from",
                    input: item
                )
            )
        }
        guard let roleValue = object["role"] else {
            return .failure(
                ValidationIssue(
                    type: "union_tag_not_found",
                    location: location,
                    message: "Unable to extract tag using discriminator 'role'",
                    input: item,
                    context: ["discriminator": "'role'"]
                )
            )
        }
        guard let roleName = roleValue.stringValue, let role = ChatMessage.Role(rawValue: roleName) else {
            let expected = "'assistant', 'system', 'tool', 'user'"
            return .failure(
                ValidationIssue(
                    type: "union_tag_invalid",
                    location: location,
                    message: "Input tag '\(roleValue.stringValue ?? roleValue.compactString)' found using 'role' does "
                        + "not match any of the expected tags: \(expected)",
                    input: item,
                    context: ["discriminator": "'role'", "tag": roleValue, "expected_tags": .string(expected)]
                )
            )
        }
        if role != .assistant, object["content"] == nil {
            return .failure(.missing(location + [.string(role.rawValue), "content"], input: item))
        }
        var message = ChatMessage(role: role, text: ContentText.flatten(object["content"]))
        message.prefix = object["prefix"]?.boolValue ?? false
        message.name = object["name"]?.stringValue
        message.toolCallID = object["tool_call_id"]?.stringValue
        if let calls = object["tool_calls"]?.arrayValue {
            message.toolCalls = calls.compactMap(parseToolCall)
        }
        return .success(message)
    }

    private static func parseToolCall(_ value: JSONValue) -> ToolCall? {
        guard let function = value["function"], let name = function["name"]?.stringValue else { return nil }
        let arguments: String
        switch function["arguments"] {
        case .string(let text)?: arguments = text
        case let other?: arguments = other.compactString
        case nil: arguments = "{}"
        }
        return ToolCall(id: value["id"]?.stringValue ?? "null", name: name, arguments: arguments)
    }
}
