import OrderedJSON

/// Parsing of the completion options shared by chat, agents and conversations: tools, `tool_choice`,
/// `response_format`, `stop`.
enum CompletionOptions {
    /// The function tools in `value` (built-in tools such as `web_search` are skipped).
    static func tools(_ value: JSONValue?, location: [JSONValue] = ["body", "tools"]) throws(MockAPIError)
        -> [ToolDefinition]
    {
        guard let items = value?.arrayValue else { return [] }
        var tools: [ToolDefinition] = []
        var issues: [ValidationIssue] = []
        for (position, item) in items.enumerated() {
            let type = item["type"]?.stringValue ?? "function"
            guard type == "function" else { continue }
            guard let function = item["function"]?.objectValue else {
                issues.append(.missing(location + [.int(position), "function"], input: item))
                continue
            }
            guard let name = function["name"]?.stringValue else {
                issues.append(.missing(location + [.int(position), "function", "name"], input: .object(function)))
                continue
            }
            tools.append(
                ToolDefinition(
                    name: name,
                    description: function["description"]?.stringValue ?? "",
                    parameters: function["parameters"] ?? ["type": "object", "properties": [:]]
                )
            )
        }
        guard issues.isEmpty else { throw .validation(issues) }
        return tools
    }

    /// The `tool_choice` in `value` (default `auto`).
    static func toolChoice(_ value: JSONValue?, location: [JSONValue] = ["body", "tool_choice"]) throws(MockAPIError)
        -> ToolChoice
    {
        switch value {
        case nil, .null?:
            return .auto
        case .string(let name)?:
            switch name {
            case "auto": return .auto
            case "none": return .none
            case "any", "required": return .any
            default:
                throw .validation([
                    ValidationIssue(
                        type: "enum",
                        location: location,
                        message: "Input should be 'auto', 'none', 'any' or 'required'",
                        input: .string(name),
                        context: ["expected": "'auto', 'none', 'any' or 'required'"]
                    )
                ])
            }
        case .object(let object)?:
            guard let name = object["function"]?["name"]?.stringValue else {
                throw .validation([.missing(location + ["function"], input: .object(object))])
            }
            return .function(name)
        case let other?:
            throw .validation([
                ValidationIssue(
                    type: "model_attributes_type",
                    location: location,
                    message: "Input should be a valid dictionary or object to extract fields from",
                    input: other
                )
            ])
        }
    }

    /// The `response_format` in `value` (default text).
    static func responseFormat(_ value: JSONValue?, location: [JSONValue] = ["body", "response_format"])
        throws(MockAPIError) -> ResponseFormat
    {
        guard let object = value?.objectValue else { return .text }
        switch object["type"]?.stringValue ?? "text" {
        case "text":
            return .text
        case "json_object":
            return .jsonObject
        case "json_schema":
            guard let schema = object["json_schema"]?["schema"] ?? object["json_schema"]?["schema_definition"] else {
                throw .validation([.missing(location + ["json_schema"], input: .object(object))])
            }
            return .jsonSchema(schema)
        case let other:
            throw .validation([
                ValidationIssue(
                    type: "enum",
                    location: location + ["type"],
                    message: "Input should be 'text', 'json_object' or 'json_schema'",
                    input: .string(other),
                    context: ["expected": "'text', 'json_object' or 'json_schema'"]
                )
            ])
        }
    }

    /// The stop sequences in `value` (a string or a list of strings).
    static func stop(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let text)?: return text.isEmpty ? [] : [text]
        case .array(let items)?: return items.compactMap(\.stringValue).filter { !$0.isEmpty }
        default: return []
        }
    }

    /// `max_tokens`, rejecting negative values as the real API does.
    static func maxTokens(_ value: JSONValue?, location: [JSONValue] = ["body", "max_tokens"]) throws(MockAPIError)
        -> Int?
    {
        guard let limit = value?.intValue else { return nil }
        guard limit >= 0 else {
            throw .validation([
                ValidationIssue(
                    type: "greater_than_equal",
                    location: location,
                    message: "Input should be greater than or equal to 0",
                    input: .int(limit),
                    context: ["ge": 0]
                )
            ])
        }
        return limit
    }

    /// The text an answer is derived from: the model, the messages and the random seed.
    static func seed(model: String, messages: JSONValue?, randomSeed: JSONValue?, extra: String = "") -> String {
        [model, messages?.compactString ?? "", randomSeed?.compactString ?? "", extra].joined(separator: "\u{1F}")
    }
}
