import OrderedJSON
import WindsockModel

extension Span {
    /// The span as the API writes it.
    var apiJSON: JSONValue {
        .object(
            JSONObject([
                ("span_id", .string(spanID.hex)),
                ("trace_id", .string(traceID.hex)),
                ("parent_span_id", .optional(parentSpanID?.hex)),
                ("name", .string(name)),
                ("kind", .string(kind.rawValue)),
                ("start_time", .time(startTime)),
                ("end_time", .time(endTime)),
                ("duration_ms", .double(durationMs)),
                ("status", .string(status.rawValue)),
                ("status_message", .optional(statusMessage)),
                ("service_name", .optional(serviceName)),
                ("scope_name", .optional(scopeName)),
                ("provider", .optional(provider)),
                ("operation", .optional(operation)),
                ("model", .optional(model)),
                ("request_model", .optional(requestModel)),
                ("response_model", .optional(responseModel)),
                ("response_id", .optional(responseID)),
                ("parameters", .object(parameters)),
                ("tool_definitions", toolDefinitions ?? .null),
                ("input", input ?? .null),
                ("output", output ?? .null),
                ("input_tokens", .optional(usage.inputTokens)),
                ("output_tokens", .optional(usage.outputTokens)),
                ("total_tokens", .optional(usage.totalTokens)),
                ("cost_usd", .optional(costUSD)),
                ("time_to_first_token_ms", .optional(timeToFirstTokenMs)),
                ("finish_reasons", .strings(finishReasons)),
                ("prompt", prompt.map(\.apiJSON) ?? .null),
                ("user_id", .optional(userID)),
                ("session_id", .optional(sessionID)),
                ("tags", .strings(tags)),
                ("metadata", .object(metadata)),
                ("attributes", .object(attributes)),
                ("resource_attributes", .object(resourceAttributes)),
                ("events", .array(events.map(\.apiJSON))),
            ]))
    }
}

extension SpanEvent {
    /// The event as the API writes it.
    var apiJSON: JSONValue {
        ["name": .string(name), "time": .time(time), "attributes": .object(attributes)]
    }
}

extension PromptReference {
    /// The prompt reference as the API writes it.
    var apiJSON: JSONValue {
        [
            "name": .optional(name), "version": .optional(version), "template": .optional(template),
            "variables": variables.map(JSONValue.object) ?? .null,
        ]
    }
}
