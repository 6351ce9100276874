import Foundation
import OrderedJSON

@testable import WindsockServer

/// A small JSON Schema checker for the subset the OpenAPI document uses: `$ref`, `type` (one or a list),
/// `properties`, `required`, `additionalProperties`, `items`, `enum`, `oneOf`, `pattern`, `format: date-time`,
/// `minLength`, `minimum`, `maximum`.
struct SchemaValidator {
    let document: JSONValue

    /// The problems of `value` against `schema`, each with its JSON path; empty when it conforms.
    func problems(_ value: JSONValue, _ schema: JSONValue, path: String = "$") -> [String] {
        guard let schema = schema.objectValue else { return ["\(path): schema is not an object"] }
        if let reference = schema["$ref"]?.stringValue {
            guard let resolved = resolve(reference) else { return ["\(path): unresolvable \(reference)"] }
            return problems(value, resolved, path: path)
        }
        var found: [String] = []
        if let oneOf = schema["oneOf"]?.arrayValue {
            let matching = oneOf.filter { problems(value, $0, path: path).isEmpty }.count
            if matching != 1 { found.append("\(path): matches \(matching) of oneOf's schemas, not exactly 1") }
        }
        if let type = schema["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !allowed.contains(where: { Self.has(value, type: $0) }) {
                return found + ["\(path): \(value.typeName) is not \(allowed.joined(separator: "|"))"]
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) {
            found.append("\(path): \(value.compactString) is not one of \(JSONValue.array(options).compactString)")
        }
        if case .string(let text) = value {
            if let pattern = schema["pattern"]?.stringValue, text.range(of: pattern, options: .regularExpression) == nil
            {
                found.append("\(path): '\(text)' does not match \(pattern)")
            }
            if schema["format"]?.stringValue == "date-time" {
                if RFC3339.parse(text) == nil { found.append("\(path): '\(text)' is not an RFC 3339 time") }
                if !text.hasSuffix("Z") || !text.contains(".") {
                    found.append("\(path): '\(text)' is not UTC with fractional seconds")
                }
            }
            if let minimum = schema["minLength"]?.intValue, text.count < minimum {
                found.append("\(path): shorter than \(minimum)")
            }
        }
        if let number = value.doubleValue {
            if let minimum = schema["minimum"]?.doubleValue, number < minimum { found.append("\(path): < \(minimum)") }
            if let maximum = schema["maximum"]?.doubleValue, number > maximum { found.append("\(path): > \(maximum)") }
        }
        if case .object(let object) = value {
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where !object.contains(name) {
                found.append("\(path): missing required '\(name)'")
            }
            let properties = schema["properties"]?.objectValue ?? JSONObject()
            for member in object.members {
                if let propertySchema = properties[member.key] {
                    found += problems(member.value, propertySchema, path: "\(path).\(member.key)")
                } else if schema["additionalProperties"]?.boolValue == false {
                    found.append("\(path): unexpected '\(member.key)'")
                }
            }
        }
        if case .array(let elements) = value, let items = schema["items"] {
            for (index, element) in elements.enumerated() {
                found += problems(element, items, path: "\(path)[\(index)]")
            }
        }
        return found
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var current: JSONValue? = document
        for component in reference.dropFirst(2).split(separator: "/") {
            current = current?[String(component)]
        }
        return current
    }

    private static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
            ("integer", .int), ("number", .int), ("number", .double):
            return true
        case ("integer", .double(let number)):
            return number.rounded() == number
        default:
            return false
        }
    }
}
