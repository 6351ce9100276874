import WindsockModel

/// One row of `call_rollup`: the model calls of one project and minute, in total (`dimension` `all`) or for
/// one model, span name or user. Rows are merged at write time from newly stored spans only.
package struct RollupRow: Sendable, Equatable {
    /// The key columns.
    package struct Key: Hashable, Comparable, Sendable {
        package var project: String
        package var dimension: String
        package var minute: Int64
        package var value: String

        package static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.project, lhs.dimension, lhs.minute, lhs.value) < (rhs.project, rhs.dimension, rhs.minute, rhs.value)
        }

        /// The key's values in ``RollupRow/keyColumns`` order.
        package var values: [SQLValue] {
            [.text(project), .text(dimension), .integer(minute), .text(value)]
        }
    }

    package var key: Key
    package var calls = 0
    package var errors = 0
    package var inputTokens = 0
    package var outputTokens = 0
    package var costUSD = 0.0
    package var latency = LatencyHistogram()

    /// Nanoseconds in a minute.
    package static let minuteNanoseconds: Int64 = 60_000_000_000
    /// The dimension of the ungrouped totals.
    package static let totalDimension = "all"

    /// The key columns, in ``Key/values`` order.
    package static let keyColumns = ["project", "dimension", "minute_ns", "value"]
    /// Every column, in ``values`` order.
    package static let columns =
        keyColumns + ["calls", "errors", "input_tokens", "output_tokens", "cost_usd", "latency"]

    /// The dimension name of a grouping.
    package static func dimension(of grouping: MetricsQuery.Grouping?) -> String {
        grouping?.rawValue ?? totalDimension
    }

    /// Adds up the newly stored model calls among `spans` (kinds `llm` and `embedding`) per key, sorted by key
    /// so that concurrent writers lock rows in one order. `userOfTrace` supplies the user of spans that name none.
    package static func deltas(
        of spans: [(project: ProjectID, span: Span)], userOfTrace: (ProjectID, TraceID) -> String?
    ) -> [RollupRow] {
        var rows: [Key: RollupRow] = [:]
        for (project, span) in spans where span.kind == .llm || span.kind == .embedding {
            let start = span.startTime.nanosecondsSinceEpoch
            let minute = start - ((start % minuteNanoseconds) + minuteNanoseconds) % minuteNanoseconds
            let user = span.userID ?? userOfTrace(project, span.traceID)
            let dimensions: [(String, String?)] = [
                (totalDimension, ""), (MetricsQuery.Grouping.model.rawValue, span.model),
                (MetricsQuery.Grouping.name.rawValue, span.name), (MetricsQuery.Grouping.userID.rawValue, user),
            ]
            for (dimension, value) in dimensions {
                let key = Key(project: project.rawValue, dimension: dimension, minute: minute, value: value ?? "")
                var row = rows[key] ?? RollupRow(key: key)
                row.add(span)
                rows[key] = row
            }
        }
        return rows.values.sorted { $0.key < $1.key }
    }

    /// Reads a row of ``columns``.
    package init?(row: ResultRow) {
        guard row.count == Self.columns.count, let project = row[0].string, let dimension = row[1].string,
            let minute = row[2].int, let value = row[3].string
        else { return nil }
        self.key = Key(project: project, dimension: dimension, minute: Int64(minute), value: value)
        self.calls = row[4].int ?? 0
        self.errors = row[5].int ?? 0
        self.inputTokens = row[6].int ?? 0
        self.outputTokens = row[7].int ?? 0
        self.costUSD = row[8].double ?? 0
        self.latency = LatencyHistogram(text: row[9].string ?? "")
    }

    package init(key: Key) {
        self.key = key
    }

    /// Counts one model call.
    private mutating func add(_ span: Span) {
        calls += 1
        errors += span.status == .error ? 1 : 0
        inputTokens += span.usage.inputTokens ?? 0
        outputTokens += span.usage.outputTokens ?? 0
        costUSD += span.costUSD ?? 0
        latency.record(milliseconds: span.durationMs)
    }

    /// Adds another row's counts (of the same key or of the same bucket).
    package mutating func merge(_ other: RollupRow) {
        calls += other.calls
        errors += other.errors
        inputTokens += other.inputTokens
        outputTokens += other.outputTokens
        costUSD += other.costUSD
        latency.merge(other.latency)
    }

    /// The row's values in ``columns`` order.
    package var values: [SQLValue] {
        key.values + [
            .integer(calls), .integer(errors), .integer(inputTokens), .integer(outputTokens), .real(costUSD),
            .text(latency.text),
        ]
    }
}
