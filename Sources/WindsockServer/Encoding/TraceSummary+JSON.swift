import OrderedJSON
import WindsockModel

extension TraceSummary {
    /// The members of a `TraceSummary` in the API (the trace detail adds `spans` and `scores`).
    var apiMembers: [(String, JSONValue)] {
        [
            ("trace_id", .string(traceID.hex)),
            ("name", .string(name)),
            ("start_time", .time(startTime)),
            ("end_time", .time(endTime)),
            ("duration_ms", .double(durationMs)),
            ("status", .string(status.rawValue)),
            ("span_count", .int(spanCount)),
            ("error_count", .int(errorCount)),
            ("input_tokens", .int(usage.inputTokens ?? 0)),
            ("output_tokens", .int(usage.outputTokens ?? 0)),
            ("total_tokens", .int(usage.totalTokens ?? 0)),
            ("cost_usd", .optional(costUSD)),
            ("models", .strings(models)),
            ("user_id", .optional(userID)),
            ("session_id", .optional(sessionID)),
            ("tags", .strings(tags)),
            ("metadata", .object(metadata)),
            ("input", input ?? .null),
            ("output", output ?? .null),
        ]
    }

    /// The summary as the API writes it.
    var apiJSON: JSONValue {
        .object(JSONObject(apiMembers))
    }
}

extension TraceDetail {
    /// The trace as `GET /api/v1/traces/{trace_id}` writes it: the summary, `spans` and `scores`.
    var apiJSON: JSONValue {
        .object(
            JSONObject(
                summary.apiMembers + [
                    ("spans", .array(spans.map(\.apiJSON))),
                    ("scores", .array(scores.map(\.apiJSON))),
                ]))
    }
}
