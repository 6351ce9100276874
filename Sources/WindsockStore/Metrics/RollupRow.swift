import WindsockModel

/// One row of `call_rollup`: the model calls of one minute, model, span name, user and latency bucket.
package struct RollupRow: Sendable {
    /// The key columns, in table order after the project.
    package struct Key: Hashable, Comparable, Sendable {
        package var project: String
        package var minute: Int64
        package var model: String
        package var name: String
        package var userID: String
        package var latencyBucket: Int

        package static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.project, lhs.minute, lhs.model, lhs.name, lhs.userID, lhs.latencyBucket)
                < (rhs.project, rhs.minute, rhs.model, rhs.name, rhs.userID, rhs.latencyBucket)
        }
    }

    package var key: Key
    package var calls = 0
    package var errors = 0
    package var inputTokens = 0
    package var outputTokens = 0
    package var costUSD = 0.0

    /// Nanoseconds in a minute.
    package static let minuteNanoseconds: Int64 = 60_000_000_000

    /// The columns, in ``values`` order.
    package static let columns = [
        "project", "minute_ns", "model", "name", "user_id", "latency_bucket", "calls", "errors", "input_tokens",
        "output_tokens", "cost_usd",
    ]

    /// Adds up the newly stored model calls among `spans` (kinds `llm` and `embedding`), sorted by key so that
    /// concurrent writers lock rows in one order. `userOfTrace` supplies the user of spans that name none.
    package static func rows(
        of spans: [(project: ProjectID, span: Span)], userOfTrace: (ProjectID, TraceID) -> String?
    ) -> [RollupRow] {
        var rows: [Key: RollupRow] = [:]
        for (project, span) in spans where span.kind == .llm || span.kind == .embedding {
            let start = span.startTime.nanosecondsSinceEpoch
            let key = Key(
                project: project.rawValue,
                minute: start - ((start % minuteNanoseconds) + minuteNanoseconds) % minuteNanoseconds,
                model: span.model ?? "", name: span.name,
                userID: span.userID ?? userOfTrace(project, span.traceID) ?? "",
                latencyBucket: LatencyBuckets.bucket(ofMilliseconds: span.durationMs))
            var row = rows[key] ?? RollupRow(key: key)
            row.calls += 1
            row.errors += span.status == .error ? 1 : 0
            row.inputTokens += span.usage.inputTokens ?? 0
            row.outputTokens += span.usage.outputTokens ?? 0
            row.costUSD += span.costUSD ?? 0
            rows[key] = row
        }
        return rows.values.sorted { $0.key < $1.key }
    }

    /// The row's values in ``columns`` order.
    package var values: [SQLValue] {
        [
            .text(key.project), .integer(key.minute), .text(key.model), .text(key.name), .text(key.userID),
            .integer(key.latencyBucket), .integer(calls), .integer(errors), .integer(inputTokens),
            .integer(outputTokens), .real(costUSD),
        ]
    }
}
