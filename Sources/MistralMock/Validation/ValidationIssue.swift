import OrderedJSON

/// One entry of a FastAPI/pydantic validation error (`{"type","loc","msg","input"}`), as the real API lists
/// them inside its 422 answers.
struct ValidationIssue: Error, Sendable, Equatable {
    /// The pydantic error type, e.g. `extra_forbidden` or `missing`.
    var type: String
    /// Where the problem is, starting with `"body"`.
    var location: [JSONValue]
    /// The human-readable message.
    var message: String
    /// The offending input.
    var input: JSONValue
    /// Extra context (`ctx`), when pydantic gives one.
    var context: JSONValue?

    /// The JSON form of the issue.
    var json: JSONValue {
        var object: JSONObject = JSONObject([
            ("type", .string(type)),
            ("loc", .array(location)),
            ("msg", .string(message)),
            ("input", input),
        ])
        if let context {
            object["ctx"] = context
        }
        return .object(object)
    }

    /// An unknown field (models use `extra="forbid"`).
    static func extraForbidden(_ location: [JSONValue], input: JSONValue) -> ValidationIssue {
        ValidationIssue(
            type: "extra_forbidden", location: location, message: "Extra inputs are not permitted", input: input)
    }

    /// A required field that is absent; `input` is the enclosing object.
    static func missing(_ location: [JSONValue], input: JSONValue) -> ValidationIssue {
        ValidationIssue(type: "missing", location: location, message: "Field required", input: input)
    }

    /// A body that is not valid JSON.
    static func jsonInvalid(_ error: JSONParseError) -> ValidationIssue {
        ValidationIssue(
            type: "json_invalid",
            location: ["body", .int(error.offset)],
            message: "JSON decode error",
            input: [:],
            context: ["error": .string(error.reason)]
        )
    }
}
