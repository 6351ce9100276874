import OrderedJSON

/// The inputs of moderation and classifier requests.
enum ClassifierInputs {
    /// The texts of a `ClassificationRequest` `input` (a string or a list of strings).
    static func texts(_ input: JSONValue) throws(MockAPIError) -> [String] {
        switch input {
        case .string(let text):
            return [text]
        case .array(let items) where !items.isEmpty && items.allSatisfy({ $0.stringValue != nil }):
            return items.compactMap(\.stringValue)
        default:
            throw .validation([
                ValidationIssue(
                    type: "string_type", location: ["body", "input"], message: "Input should be a valid string",
                    input: input)
            ])
        }
    }

    /// The conversations of a chat moderation/classification `input` (a list of messages, or a list of
    /// lists of messages), each flattened to its text (the last message weighs like the others).
    static func conversations(_ input: JSONValue) throws(MockAPIError) -> [String] {
        guard let items = input.arrayValue, !items.isEmpty else {
            throw .validation([
                ValidationIssue(
                    type: "list_type", location: ["body", "input"], message: "Input should be a valid list",
                    input: input)
            ])
        }
        let isNested = items.allSatisfy { $0.arrayValue != nil }
        let groups = isNested ? items.compactMap(\.arrayValue) : [items]
        var texts: [String] = []
        for (position, group) in groups.enumerated() {
            let location: [JSONValue] = isNested ? ["body", "input", .int(position)] : ["body", "input"]
            let messages = try MessageRules.parse(.array(group), location: location)
            texts.append(messages.map(\.text).joined(separator: "\n"))
        }
        return texts
    }

    /// The chats of a chat classification `input`: one `InstructRequest` (`{"messages": [...]}`) or a list of
    /// them, each flattened to its text.
    static func instructRequests(_ input: JSONValue) throws(MockAPIError) -> [String] {
        let requests: [JSONValue]
        let isList: Bool
        if let items = input.arrayValue, !items.isEmpty {
            requests = items
            isList = true
        } else {
            requests = [input]
            isList = false
        }
        var texts: [String] = []
        for (position, request) in requests.enumerated() {
            let location: [JSONValue] = isList ? ["body", "input", .int(position)] : ["body", "input"]
            guard let messages = request.objectValue?["messages"] else {
                throw .validation([
                    ValidationIssue(
                        type: "missing", location: location + ["messages"], message: "Field required",
                        input: request)
                ])
            }
            let parsed = try MessageRules.parse(messages, location: location + ["messages"])
            texts.append(parsed.map(\.text).joined(separator: "\n"))
        }
        return texts
    }
}
