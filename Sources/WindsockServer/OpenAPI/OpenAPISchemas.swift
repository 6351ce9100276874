import OrderedJSON

/// JSON Schema building blocks of the OpenAPI document.
enum OpenAPISchemas {
    static func ref(_ name: String) -> JSONValue {
        ["$ref": .string("#/components/schemas/\(name)")]
    }

    static func type(_ name: String, nullable: Bool = false, format: String? = nil) -> JSONValue {
        var schema = JSONObject()
        schema["type"] = nullable ? [.string(name), "null"] : .string(name)
        if let format { schema["format"] = .string(format) }
        return .object(schema)
    }

    static func array(_ items: JSONValue) -> JSONValue {
        ["type": "array", "items": items]
    }

    static func enumeration(_ values: [String], nullable: Bool = false) -> JSONValue {
        var schema = JSONObject()
        schema["type"] = nullable ? ["string", "null"] : "string"
        schema["enum"] = .array(values.map(JSONValue.string) + (nullable ? [.null] : []))
        return .object(schema)
    }

    /// An object with exactly these properties, all required.
    static func object(_ properties: [(String, JSONValue)], description: String? = nil) -> JSONValue {
        var schema = JSONObject()
        schema["type"] = "object"
        if let description { schema["description"] = .string(description) }
        schema["properties"] = .object(JSONObject(properties))
        schema["required"] = .array(properties.map { .string($0.0) })
        return .object(schema)
    }

    static let anyValue: JSONValue = ["description": "Any JSON value."]
    static let freeObject: JSONValue = ["type": "object", "additionalProperties": true]
    static let time = type("string", format: "date-time")
    static let traceID: JSONValue = ["type": "string", "pattern": "^[0-9a-f]{32}$"]
    static let spanID: JSONValue = ["type": "string", "pattern": "^[0-9a-f]{16}$"]
    static let nullableSpanID: JSONValue = ["type": ["string", "null"], "pattern": "^[0-9a-f]{16}$"]

    static var traceSummaryProperties: [(String, JSONValue)] {
        [
            ("trace_id", traceID),
            ("name", type("string")),
            ("start_time", time),
            ("end_time", time),
            ("duration_ms", type("number")),
            ("status", enumeration(["ok", "error"])),
            ("span_count", type("integer")),
            ("error_count", type("integer")),
            ("input_tokens", type("integer")),
            ("output_tokens", type("integer")),
            ("total_tokens", type("integer")),
            ("cost_usd", type("number", nullable: true)),
            ("models", array(type("string"))),
            ("user_id", type("string", nullable: true)),
            ("session_id", type("string", nullable: true)),
            ("tags", array(type("string"))),
            ("metadata", freeObject),
            ("input", anyValue),
            ("output", anyValue),
        ]
    }

    static var all: JSONObject {
        JSONObject([
            (
                "Error",
                object([
                    ("error", object([("code", type("string")), ("message", type("string"))]))
                ])
            ),
            ("TraceSummary", object(traceSummaryProperties, description: "A trace as lists show it.")),
            (
                "TraceDetail",
                object(
                    traceSummaryProperties + [("spans", array(ref("Span"))), ("scores", array(ref("Score")))],
                    description: "A trace with its spans (parents before children) and scores.")
            ),
            (
                "TraceList",
                object([
                    ("data", array(ref("TraceSummary"))),
                    ("next_cursor", type("string", nullable: true)),
                ])
            ),
            (
                "Session",
                object([("session_id", type("string")), ("data", array(ref("TraceSummary")))])
            ),
            ("Span", span),
            (
                "SpanEvent",
                object([("name", type("string")), ("time", time), ("attributes", freeObject)])
            ),
            (
                "Prompt",
                object([
                    ("name", type("string", nullable: true)), ("version", type("string", nullable: true)),
                    ("template", type("string", nullable: true)), ("variables", type("object", nullable: true)),
                ])
            ),
            ("Score", score),
            ("ScoreCreate", scoreCreate),
            ("ScoreList", object([("data", array(ref("Score")))])),
            ("MetricsBucket", metricsBucket),
            (
                "Metrics",
                object([
                    ("from", time), ("to", time), ("interval_seconds", type("integer")),
                    ("group_by", enumeration(["model", "name", "user_id"], nullable: true)),
                    ("data", array(ref("MetricsBucket"))),
                ])
            ),
            ("Health", object([("status", enumeration(["ok"]))])),
            (
                "OTLPStatus",
                object(
                    [("code", type("integer")), ("message", type("string"))],
                    description: "google.rpc.Status (in the request's encoding).")
            ),
        ])
    }

    static var span: JSONValue {
        object([
            ("span_id", spanID),
            ("trace_id", traceID),
            ("parent_span_id", nullableSpanID),
            ("name", type("string")),
            ("kind", enumeration(["llm", "embedding", "tool", "retriever", "agent", "chain", "span", "event"])),
            ("start_time", time),
            ("end_time", time),
            ("duration_ms", type("number")),
            ("status", enumeration(["ok", "error"])),
            ("status_message", type("string", nullable: true)),
            ("service_name", type("string", nullable: true)),
            ("scope_name", type("string", nullable: true)),
            ("provider", type("string", nullable: true)),
            ("operation", type("string", nullable: true)),
            ("model", type("string", nullable: true)),
            ("request_model", type("string", nullable: true)),
            ("response_model", type("string", nullable: true)),
            ("response_id", type("string", nullable: true)),
            ("parameters", freeObject),
            ("tool_definitions", anyValue),
            ("input", anyValue),
            ("output", anyValue),
            ("input_tokens", type("integer", nullable: true)),
            ("output_tokens", type("integer", nullable: true)),
            ("total_tokens", type("integer", nullable: true)),
            ("cost_usd", type("number", nullable: true)),
            ("time_to_first_token_ms", type("number", nullable: true)),
            ("finish_reasons", array(type("string"))),
            ("prompt", ["oneOf": [ref("Prompt"), ["type": "null"]]]),
            ("user_id", type("string", nullable: true)),
            ("session_id", type("string", nullable: true)),
            ("tags", array(type("string"))),
            ("metadata", freeObject),
            ("attributes", freeObject),
            ("resource_attributes", freeObject),
            ("events", array(ref("SpanEvent"))),
        ])
    }

    static var score: JSONValue {
        object([
            ("id", type("string")),
            ("trace_id", traceID),
            ("span_id", nullableSpanID),
            ("name", type("string")),
            ("value", ["type": ["number", "string", "boolean"]]),
            ("data_type", enumeration(["numeric", "categorical", "boolean"])),
            ("comment", type("string", nullable: true)),
            ("source", enumeration(["human", "llm", "code"])),
            ("author", type("string", nullable: true)),
            ("created_at", time),
        ])
    }

    static var scoreCreate: JSONValue {
        [
            "type": "object",
            "required": ["trace_id", "name", "value"],
            "properties": [
                "trace_id": traceID,
                "span_id": nullableSpanID,
                "name": ["type": "string", "minLength": 1],
                "value": [
                    "oneOf": [["type": "number"], ["type": "string", "minLength": 1], ["type": "boolean"]]
                ],
                "data_type": enumeration(["numeric", "categorical", "boolean"]),
                "comment": type("string", nullable: true),
                "source": enumeration(["human", "llm", "code"]),
                "author": type("string", nullable: true),
            ],
        ]
    }

    static var metricsBucket: JSONValue {
        object([
            ("start_time", time),
            ("group", type("string", nullable: true)),
            ("count", type("integer")),
            ("errors", type("integer")),
            ("p50_ms", type("number")),
            ("p95_ms", type("number")),
            ("p99_ms", type("number")),
            ("input_tokens", type("integer")),
            ("output_tokens", type("integer")),
            ("total_tokens", type("integer")),
            ("cost_usd", type("number")),
        ])
    }
}
