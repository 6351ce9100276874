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
        // Counters per bucket and group; latency counts in a dense array per bucket, filled straight from text.
        var totals: [RollupRow.Key: (row: RollupRow, latency: [Int])] = [:]
        for row in rows {
            guard row.count == RollupRow.columns.count, let minute = row[2].int, let value = row[3].string else {
                continue
            }
            // Integer division truncates: the minute under way at `from` lands in the first bucket.
            let index = (Int64(minute) - query.from.nanosecondsSinceEpoch) / interval
            let key = RollupRow.Key(project: "", dimension: "", minute: index, value: value)
            var total = totals[key] ?? (RollupRow(key: key), Array(repeating: 0, count: LatencyBuckets.count))
            total.row.calls += row[4].int ?? 0
            total.row.errors += row[5].int ?? 0
            total.row.inputTokens += row[6].int ?? 0
            total.row.outputTokens += row[7].int ?? 0
            total.row.costUSD += row[8].double ?? 0
            LatencyHistogram.forEachEntry(in: row[9].string ?? "") { bucket, count in
                if total.latency.indices.contains(bucket) { total.latency[bucket] += count }
            }
            totals[key] = total
        }
        return totals.values.map { total in
            let counts = total.latency.enumerated().filter { $0.element > 0 }.map {
                (bucket: $0.offset, count: $0.element)
            }
            let row = total.row
            return MetricsBucket(
                start: Timestamp(nanosecondsSinceEpoch: query.from.nanosecondsSinceEpoch + row.key.minute * interval),
                group: query.groupBy == nil || row.key.value.isEmpty ? nil : row.key.value, count: row.calls,
                errors: row.errors, p50Ms: LatencyBuckets.percentile(0.5, of: counts),
                p95Ms: LatencyBuckets.percentile(0.95, of: counts), p99Ms: LatencyBuckets.percentile(0.99, of: counts),
                inputTokens: row.inputTokens, outputTokens: row.outputTokens, costUSD: row.costUSD)
        }
        .sorted { ($0.start, $0.group ?? "") < ($1.start, $1.group ?? "") }
    }
}
