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
        var builder = SQLBuilder(
            dialect, "SELECT \(RollupRow.columns.joined(separator: ", ")) FROM call_rollup WHERE project = ")
        builder.bind(.text(query.project.rawValue))
        builder.append(" AND dimension = ")
        builder.bind(.text(RollupRow.dimension(of: query.groupBy)))
        builder.append(" AND minute_ns > ")
        builder.bind(.integer(query.from.nanosecondsSinceEpoch - RollupRow.minuteNanoseconds))
        builder.append(" AND minute_ns < ")
        builder.bind(.integer(query.to.nanosecondsSinceEpoch))
        return builder.statement
    }

    package static func buckets(_ rows: [ResultRow], query: MetricsQuery) -> [MetricsBucket] {
        let interval = Int64(query.intervalSeconds) * 1_000_000_000
        var totals: [RollupRow.Key: RollupRow] = [:]
        for row in rows {
            guard let stored = RollupRow(row: row) else { continue }
            // Integer division truncates: the minute under way at `from` lands in the first bucket.
            let index = (stored.key.minute - query.from.nanosecondsSinceEpoch) / interval
            let key = RollupRow.Key(project: stored.key.project, dimension: "", minute: index, value: stored.key.value)
            var total = totals[key] ?? RollupRow(key: key)
            total.merge(stored)
            totals[key] = total
        }
        return totals.values.map { total in
            MetricsBucket(
                start: Timestamp(nanosecondsSinceEpoch: query.from.nanosecondsSinceEpoch + total.key.minute * interval),
                group: query.groupBy == nil || total.key.value.isEmpty ? nil : total.key.value, count: total.calls,
                errors: total.errors, p50Ms: total.latency.percentile(0.5), p95Ms: total.latency.percentile(0.95),
                p99Ms: total.latency.percentile(0.99), inputTokens: total.inputTokens,
                outputTokens: total.outputTokens, costUSD: total.costUSD)
        }
        .sorted { ($0.start, $0.group ?? "") < ($1.start, $1.group ?? "") }
    }
}
