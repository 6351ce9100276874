import OrderedJSON
import WindsockModel

extension Score {
    /// The score as the API writes it.
    var apiJSON: JSONValue {
        .object(
            JSONObject([
                ("id", .string(id)),
                ("trace_id", .string(traceID.hex)),
                ("span_id", .optional(spanID?.hex)),
                ("name", .string(name)),
                ("value", value.apiJSON),
                ("data_type", .string(value.dataType)),
                ("comment", .optional(comment)),
                ("source", .string(source.rawValue)),
                ("author", .optional(author)),
                ("created_at", .time(createdAt)),
            ]))
    }
}

extension ScoreValue {
    /// The value as JSON: a number, a string or a boolean.
    var apiJSON: JSONValue {
        switch self {
        case .number(let value): .double(value)
        case .category(let value): .string(value)
        case .boolean(let value): .bool(value)
        }
    }
}
