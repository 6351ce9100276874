import OrderedJSON

/// The top-level fields a request body may carry, their JSON types and which are required.
///
/// The real API validates bodies with pydantic models that forbid extra fields: an unknown field gives
/// 422 `extra_forbidden`, a missing one 422 `missing`, a value of the wrong type 422 `<type>_type`.
/// Field lists come from the request schemas of `openapi.yaml` (plus the fields PyPI `mistralai` adds).
struct RequestSchema: Sendable {
    /// The JSON type a field accepts (`null` is accepted for every optional field).
    enum FieldType: Sendable {
        case string
        case integer
        case number
        case boolean
        case array
        case object
        case any
    }

    /// One allowed field.
    struct Field: Sendable {
        var name: String
        var type: FieldType
        var required: Bool
    }

    /// The allowed fields, in the schema's order.
    var fields: [Field]
    /// Whether unknown fields are rejected (`additionalProperties: false`).
    var forbidsExtraFields: Bool

    /// A schema from `(name, type)` pairs and the names of the required ones.
    init(_ fields: [(String, FieldType)], required: Set<String>, forbidsExtraFields: Bool = true) {
        self.fields = fields.map { Field(name: $0.0, type: $0.1, required: required.contains($0.0)) }
        self.forbidsExtraFields = forbidsExtraFields
    }

    /// This schema with more fields (e.g. the SDK's additions).
    func adding(_ more: [(String, FieldType)]) -> RequestSchema {
        var copy = self
        copy.fields += more.map { Field(name: $0.0, type: $0.1, required: false) }
        return copy
    }

    /// Checks `body` and returns it as an object, or throws the 422 the real API would send.
    func validate(_ body: JSONValue) throws(MockAPIError) -> JSONObject {
        guard let object = body.objectValue else {
            throw .validation([
                ValidationIssue(
                    type: "model_attributes_type",
                    location: ["body"],
                    message: "Input should be a valid dictionary or object to extract fields from",
                    input: body
                )
            ])
        }
        var issues: [ValidationIssue] = []
        for field in fields {
            guard let value = object[field.name] else {
                if field.required {
                    issues.append(.missing(["body", .string(field.name)], input: body))
                }
                continue
            }
            if value.isNull && !field.required { continue }
            if let issue = Self.typeIssue(value, expected: field.type, location: ["body", .string(field.name)]) {
                issues.append(issue)
            }
        }
        if forbidsExtraFields {
            let known = Set(fields.map(\.name))
            for member in object.members where !known.contains(member.key) {
                issues.append(.extraForbidden(["body", .string(member.key)], input: member.value))
            }
        }
        guard issues.isEmpty else { throw .validation(issues) }
        return object
    }

    /// The pydantic type error for `value`, or `nil` when it fits `expected`.
    static func typeIssue(_ value: JSONValue, expected: FieldType, location: [JSONValue]) -> ValidationIssue? {
        switch (expected, value) {
        case (.any, _), (.string, .string), (.integer, .int), (.number, .int), (.number, .double),
            (.boolean, .bool), (.array, .array), (.object, .object):
            return nil
        case (.integer, .double(let number)) where number.rounded() == number:
            return nil
        case (.integer, .double):
            return ValidationIssue(
                type: "int_from_float",
                location: location,
                message: "Input should be a valid integer, got a number with a fractional part",
                input: value
            )
        case (.string, _):
            return ValidationIssue(
                type: "string_type", location: location, message: "Input should be a valid string", input: value)
        case (.integer, _):
            return ValidationIssue(
                type: "int_type", location: location, message: "Input should be a valid integer", input: value)
        case (.number, _):
            return ValidationIssue(
                type: "float_type", location: location, message: "Input should be a valid number", input: value)
        case (.boolean, _):
            return ValidationIssue(
                type: "bool_type", location: location, message: "Input should be a valid boolean", input: value)
        case (.array, _):
            return ValidationIssue(
                type: "list_type", location: location, message: "Input should be a valid list", input: value)
        case (.object, _):
            return ValidationIssue(
                type: "dict_type", location: location, message: "Input should be a valid dictionary", input: value)
        }
    }
}
