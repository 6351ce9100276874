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

    /// One trace's model calls before and after a write, with the trace's user at each time.
    package struct TraceChange {
        package var project: ProjectID
        package var before: ModelCallAccounting
        package var userBefore: String?
        package var after: ModelCallAccounting
        package var userAfter: String?
        /// ``contributions(of:project:traceUser:)`` of `after` and `userAfter`, when already worked out.
        package var afterRows: [Key: RollupRow]?

        package init(
            project: ProjectID, before: ModelCallAccounting, userBefore: String?, after: ModelCallAccounting,
            userAfter: String?, afterRows: [Key: RollupRow]? = nil
        ) {
            self.project = project
            self.before = before
            self.userBefore = userBefore
            self.after = after
            self.userAfter = userAfter
            self.afterRows = afterRows
        }
    }

    /// What the writes change in the rollup: for each trace, what it contributes after the write less what it
    /// contributed before (a later span can make an earlier one a nested duplicate, see ``ModelCallAccounting``),
    /// per key, sorted by key so that concurrent writers lock rows in one order. Unchanged keys are left out.
    package static func deltas(of changes: [TraceChange]) -> [RollupRow] {
        var rows: [Key: RollupRow] = [:]
        for change in changes {
            let after =
                change.afterRows
                ?? contributions(of: change.after, project: change.project, traceUser: change.userAfter)
            let before = contributions(of: change.before, project: change.project, traceUser: change.userBefore)
            guard !before.isEmpty else {
                // Nothing to take away (the trace is new, or had no model calls): the delta is what it adds.
                for (key, added) in after where added != RollupRow(key: key) {
                    rows[key, default: RollupRow(key: key)].merge(added)
                }
                continue
            }
            for key in Set(after.keys).union(before.keys) {
                let added = after[key] ?? RollupRow(key: key)
                let removed = before[key] ?? RollupRow(key: key)
                guard added != removed else { continue }
                rows[key, default: RollupRow(key: key)].merge(added.subtracting(removed))
            }
        }
        return rows.values.sorted { $0.key < $1.key }
    }

    /// The rows one trace's model calls add up to: each counted model call (calls, errors, latency) and each span whose
    /// usage counts (tokens, cost), under the total and the span's model, name and user, in its start minute.
    package static func contributions(of accounting: ModelCallAccounting, project: ProjectID, traceUser: String?)
        -> [Key: RollupRow]
    {
        guard !accounting.calls.isEmpty || !accounting.usage.isEmpty else { return [:] }
        var rows: [Key: RollupRow] = [:]
        func keys(of span: SpanDigest) -> [Key] {
            let minute = span.start - ((span.start % minuteNanoseconds) + minuteNanoseconds) % minuteNanoseconds
            let dimensions: [(String, String?)] = [
                (totalDimension, ""), (MetricsQuery.Grouping.model.rawValue, span.model),
                (MetricsQuery.Grouping.name.rawValue, span.name),
                (MetricsQuery.Grouping.userID.rawValue, span.userID ?? traceUser),
            ]
            return dimensions.map { Key(project: project.rawValue, dimension: $0.0, minute: minute, value: $0.1 ?? "") }
        }
        for call in accounting.calls {
            for key in keys(of: call) {
                rows[key, default: RollupRow(key: key)].countCall(call)
            }
        }
        for span in accounting.usage {
            for key in keys(of: span) {
                rows[key, default: RollupRow(key: key)].countUsage(span)
            }
        }
        return rows
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

    /// Counts one model call: the call, its error, its latency.
    private mutating func countCall(_ span: SpanDigest) {
        calls += 1
        errors += span.isError ? 1 : 0
        latency.record(milliseconds: span.durationMs)
    }

    /// Counts the tokens and cost of one span.
    private mutating func countUsage(_ span: SpanDigest) {
        inputTokens += span.usage.inputTokens ?? 0
        outputTokens += span.usage.outputTokens ?? 0
        costUSD += span.costUSD ?? 0
    }

    /// This row's counts less `other`'s (counts may be negative: a delta).
    private func subtracting(_ other: RollupRow) -> RollupRow {
        var row = self
        row.calls -= other.calls
        row.errors -= other.errors
        row.inputTokens -= other.inputTokens
        row.outputTokens -= other.outputTokens
        row.costUSD -= other.costUSD
        row.latency.subtract(other.latency)
        return row
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

    /// Keeps stored counts from going negative: a delta can only take away what was added, unless retention
    /// deleted the minute in between.
    package mutating func clampAtZero() {
        calls = max(0, calls)
        errors = max(0, errors)
        inputTokens = max(0, inputTokens)
        outputTokens = max(0, outputTokens)
        costUSD = max(0, costUSD)
        latency.dropNegativeBuckets()
    }

    /// The row's values in ``columns`` order.
    package var values: [SQLValue] {
        key.values + [
            .integer(calls), .integer(errors), .integer(inputTokens), .integer(outputTokens), .real(costUSD),
            .text(latency.text),
        ]
    }
}
