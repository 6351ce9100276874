import OrderedJSON
import WindsockStore

extension MetricsBucket {
    /// The bucket as the API writes it.
    var apiJSON: JSONValue {
        .object(
            JSONObject([
                ("start_time", .time(start)),
                ("group", .optional(group)),
                ("count", .int(count)),
                ("errors", .int(errors)),
                ("p50_ms", .double(p50Ms)),
                ("p95_ms", .double(p95Ms)),
                ("p99_ms", .double(p99Ms)),
                ("input_tokens", .int(inputTokens)),
                ("output_tokens", .int(outputTokens)),
                ("total_tokens", .int(inputTokens + outputTokens)),
                ("cost_usd", .double(costUSD)),
            ]))
    }
}
