import OrderedJSON
import WindsockModel

/// What the trace summary needs of one stored span: everything but its input, output and detail.
package struct SpanDigest: Sendable {
    package var spanID: SpanID
    package var parentSpanID: SpanID?
    package var name: String
    package var kind: SpanKind
    package var start: Int64
    package var end: Int64
    package var isError: Bool
    package var model: String?
    package var requestModel: String?
    package var usage: TokenUsage
    package var costUSD: Double?
    package var userID: String?
    package var sessionID: String?
    package var traceName: String?
    package var tags: [String]
    package var metadata: JSONObject
    package var hasInput: Bool
    package var hasOutput: Bool

    /// The columns read for a digest, after the trace id, in ``init(row:)`` order.
    package static let columns = [
        "span_id", "parent_span_id", "name", "kind", "start_ns", "end_ns", "is_error", "request_model",
        "response_model", "input_tokens", "output_tokens", "total_tokens", "cost_usd", "user_id", "session_id",
        "trace_name", "tags", "metadata", "input IS NOT NULL", "output IS NOT NULL",
    ]

    /// Reads a digest from `row`, whose first value is the trace id and the rest ``columns``.
    package init(row: ResultRow) throws {
        guard row.count == Self.columns.count + 1, let spanID = row[1].bytes.flatMap(SpanID.init(bytes:)),
            let name = row[3].string, let kind = row[4].string.flatMap(SpanKind.init(rawValue:)),
            let start = row[5].int, let end = row[6].int
        else { throw StoreError(.invalidInput, "a stored span row is malformed") }
        self.spanID = spanID
        self.parentSpanID = row[2].bytes.flatMap(SpanID.init(bytes:))
        self.name = name
        self.kind = kind
        self.start = Int64(start)
        self.end = Int64(end)
        self.isError = row[7].int == 1
        self.model = row[9].string ?? row[8].string
        self.requestModel = row[8].string
        self.usage = TokenUsage(inputTokens: row[10].int, outputTokens: row[11].int, totalTokens: row[12].int)
        self.costUSD = row[13].double
        self.userID = row[14].string
        self.sessionID = row[15].string
        self.traceName = row[16].string
        self.tags = try row[17].string.map(SpanRecord.stringArray) ?? []
        self.metadata = try row[18].string.map(SpanRecord.parseJSON)?.objectValue ?? JSONObject()
        self.hasInput = row[19].int == 1
        self.hasOutput = row[20].int == 1
    }

    /// The digest of a span being stored.
    package init(span: Span) {
        self.spanID = span.spanID
        self.parentSpanID = span.parentSpanID
        self.name = span.name
        self.kind = span.kind
        self.start = span.startTime.nanosecondsSinceEpoch
        self.end = span.endTime.nanosecondsSinceEpoch
        self.isError = span.status == .error
        self.model = span.model
        self.requestModel = span.requestModel
        self.usage = span.usage
        self.costUSD = span.costUSD
        self.userID = span.userID
        self.sessionID = span.sessionID
        self.traceName = span.traceName
        self.tags = span.tags
        self.metadata = span.metadata
        self.hasInput = span.input != nil
        self.hasOutput = span.output != nil
    }

    /// Whether the span is a model call (counted in token totals and metrics): an `llm` or `embedding` span, or
    /// any span that names a model and reports token usage.
    package var isModelCall: Bool {
        Self.isModelCall(kind: kind, model: model, usage: usage)
    }

    /// The rule of ``isModelCall``, for a span not digested.
    package static func isModelCall(kind: SpanKind, model: String?, usage: TokenUsage) -> Bool {
        kind == .llm || kind == .embedding || (model != nil && !usage.isEmpty)
    }

    /// Whether the span reports tokens or a cost.
    package var hasUsage: Bool { !usage.isEmpty || costUSD != nil }

    /// The duration in milliseconds.
    package var durationMs: Double { Double(end - start) / 1_000_000 }
}

/// A trace's summary as stored in `traces`: the summary, less the input and output, which stay in their spans.
package struct TraceRecord: Sendable, Equatable {
    package var summary: TraceSummary
    /// The span whose input is the trace's input.
    package var inputSpanID: SpanID?
    /// The span whose output is the trace's output.
    package var outputSpanID: SpanID?
}

/// Computes a trace's summary from all of its stored spans, whatever order they arrived in.
package enum TraceSummaryBuilder {
    /// The summary of the trace `traceID` whose stored spans are `spans` (at least one); `accounting` is
    /// ``ModelCallAccounting`` of the same spans (the writer works it out once for the summary and the metrics).
    package static func record(traceID: TraceID, spans unsorted: [SpanDigest], accounting: ModelCallAccounting)
        -> TraceRecord?
    {
        let spans = sortedByStart(unsorted)
        guard let first = spans.first, let root = root(ofSorted: spans) else { return nil }
        let modelCalls = spans.filter(\.isModelCall)
        // Summed in start order whatever order the spans arrived in, so that a trace re-sent (or imported) in
        // other batches adds its costs to the very same double.
        let counted = sortedByStart(accounting.usage)
        let errors = spans.count { $0.isError }
        var metadata = root.metadata
        for span in spans where span.spanID != root.spanID {
            for member in span.metadata.members where !metadata.contains(member.key) {
                metadata[member.key] = member.value
            }
        }
        let summary = TraceSummary(
            traceID: traceID,
            name: root.traceName ?? spans.first { $0.traceName != nil }?.traceName ?? root.name,
            startTime: Timestamp(nanosecondsSinceEpoch: first.start),
            endTime: Timestamp(nanosecondsSinceEpoch: spans.map(\.end).max() ?? first.end),
            status: errors > 0 ? .error : .ok, spanCount: spans.count, errorCount: errors,
            usage: TokenUsage(
                inputTokens: sum(counted.compactMap(\.usage.inputTokens)),
                outputTokens: sum(counted.compactMap(\.usage.outputTokens)),
                totalTokens: sum(counted.compactMap(\.usage.totalTokens))),
            costUSD: counted.compactMap(\.costUSD).reduce(nil) { ($0 ?? 0) + $1 },
            models: Array(Set(spans.compactMap(\.model))).sorted(),
            userID: userID(ofSorted: spans, root: root),
            sessionID: root.sessionID ?? spans.first { $0.sessionID != nil }?.sessionID,
            tags: Array(Set(spans.flatMap(\.tags))).sorted(), metadata: metadata)
        let inputSpan = root.hasInput ? root : modelCalls.first { $0.hasInput }
        let outputSpan =
            root.hasOutput ? root : modelCalls.filter(\.hasOutput).max { ($0.end, $0.spanID) < ($1.end, $1.spanID) }
        return TraceRecord(summary: summary, inputSpanID: inputSpan?.spanID, outputSpanID: outputSpan?.spanID)
    }

    /// The trace's user: the root's, else the first span's that names one.
    package static func userID(of unsorted: [SpanDigest]) -> String? {
        let spans = sortedByStart(unsorted)
        return root(ofSorted: spans).flatMap { userID(ofSorted: spans, root: $0) }
    }

    private static func sortedByStart(_ spans: [SpanDigest]) -> [SpanDigest] {
        spans.sorted { ($0.start, $0.spanID) < ($1.start, $1.spanID) }
    }

    /// The root: the span without a parent, else the first whose parent is not stored, else the first.
    private static func root(ofSorted spans: [SpanDigest]) -> SpanDigest? {
        let stored = Set(spans.map(\.spanID))
        return spans.first { $0.parentSpanID == nil }
            ?? spans.first { span in span.parentSpanID.map { !stored.contains($0) } ?? true } ?? spans.first
    }

    private static func userID(ofSorted spans: [SpanDigest], root: SpanDigest) -> String? {
        root.userID ?? spans.first { $0.userID != nil }?.userID
    }

    private static func sum(_ values: [Int]) -> Int? {
        values.isEmpty ? nil : values.reduce(0, +)
    }
}
