import WindsockModel

/// Reads metrics buckets from the `call_rollup` table.
///
/// Resolution is one minute: a model call counts in the minute it started, a minute that overlaps the range
/// counts whole, and a bucket holds the minutes that start inside it (the minute under way at `from` goes to
/// the first bucket). Percentiles come from logarithmic latency buckets (see ``LatencyBuckets``).
package enum MetricsReader {
    /// The most buckets one query may span.
    private static let maximumBuckets = 100_000

    package static func statement(_ query: MetricsQuery, dialect: SQLDialect) throws -> BoundStatement {
        guard query.intervalSeconds >= 60 else {
            throw StoreError(.invalidQuery, "interval must be at least 60 seconds, not \(query.intervalSeconds)")
        }
        guard query.from < query.to else { throw StoreError(.invalidQuery, "from must be before to") }
        let span = query.to.nanosecondsSinceEpoch - query.from.nanosecondsSinceEpoch
        guard span / (Int64(query.intervalSeconds) * 1_000_000_000) < maximumBuckets else {
            throw StoreError(.invalidQuery, "the range holds more than \(maximumBuckets) buckets")
        }
        let group = groupColumn(query.groupBy).map { ", \($0)" } ?? ""
        var builder = SQLBuilder(dialect, "SELECT (minute_ns - ")
        builder.bind(.integer(query.from.nanosecondsSinceEpoch))
        builder.append(") / ")
        builder.bind(.integer(Int64(query.intervalSeconds) * 1_000_000_000))
        builder.append(
            """
             AS b, latency_bucket, CAST(SUM(calls) AS BIGINT), CAST(SUM(errors) AS BIGINT), \
            CAST(SUM(input_tokens) AS BIGINT), CAST(SUM(output_tokens) AS BIGINT), SUM(cost_usd)\(group) \
            FROM call_rollup WHERE project = 
            """)
        builder.bind(.text(query.project.rawValue))
        builder.append(" AND minute_ns > ")
        builder.bind(.integer(query.from.nanosecondsSinceEpoch - RollupRow.minuteNanoseconds))
        builder.append(" AND minute_ns < ")
        builder.bind(.integer(query.to.nanosecondsSinceEpoch))
        builder.append(" GROUP BY 1, 2\(group.isEmpty ? "" : ", 8")")
        return builder.statement
    }

    package static func buckets(_ rows: [ResultRow], query: MetricsQuery) -> [MetricsBucket] {
        struct Key: Hashable {
            var index: Int
            var group: String?
        }
        struct Totals {
            var latencies: [(bucket: Int, count: Int)] = []
            var calls = 0
            var errors = 0
            var inputTokens = 0
            var outputTokens = 0
            var cost = 0.0
        }
        var totals: [Key: Totals] = [:]
        for row in rows {
            guard row.count >= 7, let index = row[0].int, let latency = row[1].int, let calls = row[2].int else {
                continue
            }
            let group = row.count > 7 ? row[7].string.flatMap { $0.isEmpty ? nil : $0 } : nil
            let key = Key(index: index, group: group)
            var entry = totals[key] ?? Totals()
            entry.latencies.append((latency, calls))
            entry.calls += calls
            entry.errors += row[3].int ?? 0
            entry.inputTokens += row[4].int ?? 0
            entry.outputTokens += row[5].int ?? 0
            entry.cost += row[6].double ?? 0
            totals[key] = entry
        }
        let interval = Int64(query.intervalSeconds) * 1_000_000_000
        return totals.map { key, entry in
            MetricsBucket(
                start: Timestamp(nanosecondsSinceEpoch: query.from.nanosecondsSinceEpoch + Int64(key.index) * interval),
                group: key.group, count: entry.calls, errors: entry.errors,
                p50Ms: LatencyBuckets.percentile(0.5, of: entry.latencies),
                p95Ms: LatencyBuckets.percentile(0.95, of: entry.latencies),
                p99Ms: LatencyBuckets.percentile(0.99, of: entry.latencies), inputTokens: entry.inputTokens,
                outputTokens: entry.outputTokens, costUSD: entry.cost)
        }
        .sorted { ($0.start, $0.group ?? "") < ($1.start, $1.group ?? "") }
    }

    private static func groupColumn(_ grouping: MetricsQuery.Grouping?) -> String? {
        switch grouping {
        case .model: "model"
        case .name: "name"
        case .userID: "user_id"
        case nil: nil
        }
    }
}
