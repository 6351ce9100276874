import OrderedJSON

/// Builds a JSON value that satisfies a JSON Schema, with plausible values taken from the prompt.
///
/// Handles `type` (single or a list), `properties`/`required`, `items`, `enum`, `const`, `anyOf`/`oneOf`
/// (first non-null branch), `allOf` (merged), `$ref` into `$defs`/`definitions`, string `format`s,
/// `minimum`/`maximum`, `minLength`/`maxLength` and `minItems`/`maxItems`. Used for tool-call arguments and
/// for `response_format` `json_schema` answers.
struct SchemaValueGenerator {
    /// The prompt's words, the source of string and number values.
    var words: PromptWords
    /// The generator for everything the prompt does not decide.
    var random: DeterministicRandom
    /// Whether optional object properties are filled too (only required ones otherwise, unless the
    /// schema lists none as required).
    var fillsOptionalProperties: Bool

    private var root: JSONValue = .null
    private static let maximumDepth = 8

    init(words: PromptWords, random: DeterministicRandom, fillsOptionalProperties: Bool) {
        self.words = words
        self.random = random
        self.fillsOptionalProperties = fillsOptionalProperties
    }

    /// A value satisfying `schema`.
    mutating func value(for schema: JSONValue) -> JSONValue {
        root = schema
        return value(for: schema, name: nil, depth: 0)
    }

    private mutating func value(for schema: JSONValue, name: String?, depth: Int) -> JSONValue {
        guard depth <= Self.maximumDepth, let object = schema.objectValue else { return .null }
        if let reference = object["$ref"]?.stringValue {
            return resolve(reference).map { value(for: $0, name: name, depth: depth + 1) } ?? .null
        }
        if let constant = object["const"] { return constant }
        if let options = object["enum"]?.arrayValue, let first = options.first(where: { !$0.isNull }) ?? options.first {
            return first
        }
        for key in ["anyOf", "oneOf"] {
            if let branches = object[key]?.arrayValue {
                let branch = branches.first { !isNullSchema($0) } ?? branches.first ?? .null
                return value(for: merged(object, removing: key, with: branch), name: name, depth: depth + 1)
            }
        }
        if let parts = object["allOf"]?.arrayValue {
            var combined = object
            combined["allOf"] = nil
            for part in parts {
                let resolved = part["$ref"]?.stringValue.flatMap(resolve) ?? part
                combined = mergedObjects(combined, resolved.objectValue ?? JSONObject())
            }
            return value(for: .object(combined), name: name, depth: depth + 1)
        }
        switch schemaType(object) {
        case "object": return objectValue(object, depth: depth)
        case "array": return arrayValue(object, name: name, depth: depth)
        case "integer": return .int(integerValue(object))
        case "number": return .double(numberValue(object))
        case "boolean": return true
        case "null": return .null
        default: return .string(stringValue(object, name: name))
        }
    }

    private func schemaType(_ object: JSONObject) -> String {
        switch object["type"] {
        case .string(let type)?:
            return type
        case .array(let types)?:
            return types.compactMap(\.stringValue).first { $0 != "null" } ?? "null"
        default:
            if object["properties"] != nil { return "object" }
            if object["items"] != nil { return "array" }
            return "string"
        }
    }

    private func isNullSchema(_ schema: JSONValue) -> Bool {
        schema["type"]?.stringValue == "null"
    }

    private func merged(_ object: JSONObject, removing key: String, with branch: JSONValue) -> JSONValue {
        var base = object
        base[key] = nil
        let resolved = branch["$ref"]?.stringValue.flatMap(resolve) ?? branch
        return .object(mergedObjects(base, resolved.objectValue ?? JSONObject()))
    }

    private func mergedObjects(_ base: JSONObject, _ extra: JSONObject) -> JSONObject {
        var result = base
        for member in extra.members {
            switch (result[member.key], member.value) {
            case (.object(let existing)?, .object(let added)):
                result[member.key] = .object(mergedObjects(existing, added))
            case (.array(let existing)?, .array(let added)) where member.key == "required":
                result[member.key] = .array(existing + added)
            default:
                result[member.key] = member.value
            }
        }
        return result
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = root
        for part in reference.dropFirst().split(separator: "/") where !part.isEmpty {
            let key = String(part).replacingPlaceholder("~1", with: "/").replacingPlaceholder("~0", with: "~")
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    private mutating func objectValue(_ object: JSONObject, depth: Int) -> JSONValue {
        let properties = object["properties"]?.objectValue ?? JSONObject()
        let requiredNames = object["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let required = Set(requiredNames)
        var result = JSONObject()
        for member in properties.members
        where fillsOptionalProperties || required.isEmpty || required.contains(member.key) {
            result[member.key] = value(for: member.value, name: member.key, depth: depth + 1)
        }
        for name in requiredNames where !properties.contains(name) && !result.contains(name) {
            result[name] = .string(stringValue(JSONObject(), name: name))
        }
        return .object(result)
    }

    private mutating func arrayValue(_ object: JSONObject, name: String?, depth: Int) -> JSONValue {
        let minimum = object["minItems"]?.intValue ?? 1
        let maximum = object["maxItems"]?.intValue ?? max(minimum, 1)
        let count = min(max(minimum, 1), maximum)
        let items = object["items"] ?? ["type": "string"]
        let singular = name.map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 }
        return .array((0..<count).map { _ in value(for: items, name: singular, depth: depth + 1) })
    }

    private mutating func integerValue(_ object: JSONObject) -> Int {
        let minimum = object["minimum"]?.intValue ?? object["exclusiveMinimum"]?.intValue.map { $0 + 1 }
        let maximum = object["maximum"]?.intValue ?? object["exclusiveMaximum"]?.intValue.map { $0 - 1 }
        var candidate =
            words.numbers.first { $0.rounded() == $0 && abs($0) < 1e15 }.map { Int($0) }
            ?? Int(random.next() % 10) + 1
        if let minimum { candidate = max(candidate, minimum) }
        if let maximum { candidate = min(candidate, maximum) }
        return candidate
    }

    private mutating func numberValue(_ object: JSONObject) -> Double {
        let minimum = object["minimum"]?.doubleValue ?? object["exclusiveMinimum"]?.doubleValue
        let maximum = object["maximum"]?.doubleValue ?? object["exclusiveMaximum"]?.doubleValue
        var candidate = words.numbers.first ?? (Double(random.next() % 1000) / 10 + 1)
        if let minimum { candidate = max(candidate, minimum) }
        if let maximum { candidate = min(candidate, maximum) }
        return candidate
    }

    private mutating func stringValue(_ object: JSONObject, name: String?) -> String {
        var text = formattedString(object["format"]?.stringValue) ?? namedString(name?.lowercased() ?? "")
        if let minimum = object["minLength"]?.intValue, text.count < minimum {
            text += String(repeating: "x", count: minimum - text.count)
        }
        if let maximum = object["maxLength"]?.intValue, text.count > maximum {
            text = String(text.prefix(maximum))
        }
        return text
    }

    private mutating func formattedString(_ format: String?) -> String? {
        switch format {
        case "date": return "2025-01-15"
        case "date-time": return "2025-01-15T10:00:00Z"
        case "time": return "10:00:00"
        case "email": return "\(slug(words.subject ?? "user"))@example.com"
        case "uri", "url": return "https://example.com/\(slug(words.subject ?? "page"))"
        case "uuid":
            let hex = random.hex(count: 32)
            let characters = Array(hex)
            return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
        default: return nil
        }
    }

    private mutating func namedString(_ name: String) -> String {
        let place = ["location", "city", "place", "country", "address", "destination", "origin", "region", "town"]
        let title = ["name", "title", "person", "author", "user", "product", "company", "brand", "label"]
        let phrase = [
            "query", "question", "prompt", "text", "message", "topic", "search", "keyword", "description", "summary",
            "content", "body", "answer", "reason", "explanation", "comment", "note", "instructions",
        ]
        if place.contains(where: name.contains) {
            return words.properNouns.first ?? words.keywords.first.map(\.capitalisedFirst) ?? "Paris"
        }
        if name == "id" || name.hasSuffix("_id") || name.hasSuffix("id") && name.count > 2 && !name.hasSuffix("valid") {
            return words.keywords.first { $0.contains(where: \.isNumber) } ?? random.alphanumeric(count: 8)
        }
        if name.contains("lang") { return "en" }
        if name.contains("currency") { return "EUR" }
        if name.contains("unit") { return "metric" }
        if phrase.contains(where: name.contains) {
            return words.topic() ?? "general information"
        }
        if title.contains(where: name.contains) {
            return words.properNouns.first ?? words.keywords.first.map(\.capitalisedFirst) ?? "Example"
        }
        return words.subject ?? (name.isEmpty ? "example" : name)
    }

    private func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
