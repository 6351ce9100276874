import OrderedJSON
import WindsockModel
import WindsockStore

/// A trace store in memory, for HTTP-layer tests (the end-to-end tests use the real SQLite and PostgreSQL
/// stores). It remembers the last listing and metrics queries so tests can check parameter parsing.
actor InMemoryTraceStore: TraceStore {
    private struct Key: Hashable {
        var project: ProjectID
        var traceID: TraceID
    }

    private var spans: [Key: [Span]] = [:]
    private var scoreList: [(ProjectID, Score)] = []
    private(set) var lastTraceQuery: TraceQuery?
    private(set) var lastMetricsQuery: MetricsQuery?
    private(set) var closed = false
    /// When set, every call throws it.
    var failure: (any Error)?
    nonisolated let keys: any KeyStore

    init(keys: InMemoryKeyStore = InMemoryKeyStore()) {
        self.keys = keys
    }

    func fail(with error: (any Error)?) {
        failure = error
    }

    func migrate() async throws {}

    func write(_ batch: [Span], project: ProjectID) async throws -> WriteResult {
        if let failure { throw failure }
        var inserted = 0
        for span in batch {
            let key = Key(project: project, traceID: span.traceID)
            if spans[key, default: []].contains(where: { $0.spanID == span.spanID }) { continue }
            spans[key, default: []].append(span)
            inserted += 1
        }
        return WriteResult(inserted: inserted, duplicates: batch.count - inserted)
    }

    func traces(_ query: TraceQuery) async throws -> TracePage {
        if let failure { throw failure }
        lastTraceQuery = query
        let matching = spans.filter { $0.key.project == query.project }.values
            .filter { traceSpans in matches(traceSpans, query) }
            .map(summary)
            .sorted { ($0.startTime, $0.traceID) > ($1.startTime, $1.traceID) }
            .filter { summary in
                guard let cursor = query.cursor else { return true }
                return (summary.startTime, summary.traceID) < (cursor.startTime, cursor.traceID)
            }
        let page = Array(matching.prefix(query.limit))
        let next =
            matching.count > query.limit
            ? page.last.map { TraceCursor(startTime: $0.startTime, traceID: $0.traceID) } : nil
        return TracePage(traces: page, nextCursor: next)
    }

    func trace(_ id: TraceID, project: ProjectID) async throws -> TraceDetail? {
        if let failure { throw failure }
        guard let traceSpans = spans[Key(project: project, traceID: id)] else { return nil }
        let ordered = traceSpans.sorted {
            ($0.parentSpanID == nil ? 0 : 1, $0.startTime) < ($1.parentSpanID == nil ? 0 : 1, $1.startTime)
        }
        return TraceDetail(
            summary: summary(traceSpans), spans: ordered,
            scores: try await scores(traceID: id, project: project))
    }

    func session(_ sessionID: String, project: ProjectID) async throws -> [TraceSummary] {
        if let failure { throw failure }
        return spans.filter { $0.key.project == project }.values.map(summary)
            .filter { $0.sessionID == sessionID }
            .sorted { $0.startTime < $1.startTime }
    }

    func metrics(_ query: MetricsQuery) async throws -> [MetricsBucket] {
        if let failure { throw failure }
        lastMetricsQuery = query
        let calls = spans.filter { $0.key.project == query.project }.values.joined()
            .filter {
                ($0.kind == .llm || $0.kind == .embedding) && $0.startTime >= query.from && $0.startTime < query.to
            }
        let width = Int64(query.intervalSeconds) * 1_000_000_000
        let groups = Dictionary(grouping: calls) { span -> Int64 in
            query.from.nanosecondsSinceEpoch
                + (span.startTime.nanosecondsSinceEpoch - query.from.nanosecondsSinceEpoch) / width * width
        }
        return groups.keys.sorted().compactMap { start in
            guard let bucket = groups[start] else { return nil }
            let latencies = bucket.map(\.durationMs).sorted()
            func percentile(_ fraction: Double) -> Double {
                latencies[min(latencies.count - 1, Int((fraction * Double(latencies.count)).rounded(.up)) - 1)]
            }
            return MetricsBucket(
                start: Timestamp(nanosecondsSinceEpoch: start), group: nil, count: bucket.count,
                errors: bucket.filter { $0.status == .error }.count, p50Ms: percentile(0.5), p95Ms: percentile(0.95),
                p99Ms: percentile(0.99), inputTokens: bucket.compactMap(\.usage.inputTokens).reduce(0, +),
                outputTokens: bucket.compactMap(\.usage.outputTokens).reduce(0, +),
                costUSD: bucket.compactMap(\.costUSD).reduce(0, +))
        }
    }

    func addScore(_ score: Score, project: ProjectID) async throws {
        if let failure { throw failure }
        scoreList.append((project, score))
    }

    func scores(traceID: TraceID, project: ProjectID) async throws -> [Score] {
        if let failure { throw failure }
        return scoreList.filter { $0.0 == project && $0.1.traceID == traceID }.map(\.1)
    }

    func deleteTraces(startedBefore cutoff: Timestamp) async throws -> Int {
        let old = spans.filter { summary($0.value).startTime < cutoff }.keys
        for key in old { spans[key] = nil }
        return old.count
    }

    func close() async throws {
        closed = true
    }

    private func matches(_ traceSpans: [Span], _ query: TraceQuery) -> Bool {
        let summary = summary(traceSpans)
        if let from = query.from, summary.startTime < from { return false }
        if let to = query.to, summary.startTime >= to { return false }
        if let model = query.model, !summary.models.contains(model) { return false }
        if let status = query.status, summary.status != status { return false }
        if let user = query.userID, summary.userID != user { return false }
        if let session = query.sessionID, summary.sessionID != session { return false }
        if let tag = query.tag, !summary.tags.contains(tag) { return false }
        if let name = query.name, summary.name != name { return false }
        if let text = query.text?.lowercased() {
            return traceSpans.contains { span in
                [span.input, span.output].compactMap { $0?.compactString.lowercased() }.contains { $0.contains(text) }
            }
        }
        return true
    }

    private func summary(_ traceSpans: [Span]) -> TraceSummary {
        let byStart = traceSpans.sorted { $0.startTime < $1.startTime }
        let root = byStart.first { $0.parentSpanID == nil } ?? byStart[0]
        let costs = traceSpans.compactMap(\.costUSD)
        let inputs = traceSpans.compactMap(\.usage.inputTokens)
        let outputs = traceSpans.compactMap(\.usage.outputTokens)
        return TraceSummary(
            traceID: root.traceID, name: traceSpans.compactMap(\.traceName).first ?? root.name,
            startTime: byStart[0].startTime, endTime: traceSpans.map(\.endTime).max() ?? root.endTime,
            status: traceSpans.contains { $0.status == .error } ? .error : .ok, spanCount: traceSpans.count,
            errorCount: traceSpans.filter { $0.status == .error }.count,
            usage: TokenUsage(
                inputTokens: inputs.isEmpty ? nil : inputs.reduce(0, +),
                outputTokens: outputs.isEmpty ? nil : outputs.reduce(0, +)),
            costUSD: costs.isEmpty ? nil : costs.reduce(0, +),
            models: Set(traceSpans.compactMap(\.model)).sorted(),
            userID: traceSpans.compactMap(\.userID).first, sessionID: traceSpans.compactMap(\.sessionID).first,
            tags: Set(traceSpans.flatMap(\.tags)).sorted(), input: root.input, output: root.output)
    }
}
