import MistralAI
import WindsockModel

/// A trace recorded in this process, as ``Windsock/trace(id:)`` and ``Windsock/recentTraces()`` return it.
public struct RecordedTrace: Sendable {
    /// The trace id.
    public var traceID: TraceID
    /// Its spans, parents before children (by start time).
    public var spans: [RecordedSpan]

    /// Creates a trace of these spans.
    public init(traceID: TraceID, spans: [RecordedSpan]) {
        self.traceID = traceID
        self.spans = spans.sorted {
            ($0.startNanoseconds, $0.isLocalRoot ? 0 : 1) < ($1.startNanoseconds, $1.isLocalRoot ? 0 : 1)
        }
    }

    /// The local root span, when it has ended.
    public var root: RecordedSpan? { spans.first { $0.isLocalRoot } }
    /// The trace's name: the one set by a trace update, else the root span's.
    public var name: String? {
        root.flatMap { $0.attributes.string(WindsockAttributes.traceName) ?? $0.name }
    }
    /// Whether any span failed.
    public var isError: Bool { spans.contains { $0.isError } }
    /// From the first start to the last end, in milliseconds.
    public var durationMs: Double {
        guard let start = spans.map(\.startNanoseconds).min(), let end = spans.map(\.endNanoseconds).max() else {
            return 0
        }
        return Double(end - start) / 1_000_000
    }
    /// Token usage summed over the spans (`nil` parts when no span knows them).
    public var usage: TokenUsage {
        func sum(_ part: (TokenUsage) -> Int?) -> Int? {
            let parts = spans.compactMap { part($0.usage) }
            return parts.isEmpty ? nil : parts.reduce(0, +)
        }
        return TokenUsage(inputTokens: sum(\.inputTokens), outputTokens: sum(\.outputTokens))
    }
    /// Cost summed over the spans whose cost is known; `nil` when none is.
    public var costUSD: Double? {
        let costs = spans.compactMap(\.costUSD)
        return costs.isEmpty ? nil : costs.reduce(0, +)
    }
    /// The models used, in order of first use.
    public var models: [String] {
        var seen: [String] = []
        for model in spans.compactMap(\.model) where !seen.contains(model) {
            seen.append(model)
        }
        return seen
    }
}
