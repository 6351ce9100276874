import NIOConcurrencyHelpers
import WindsockModel

/// A bounded ring of the traces recorded last in this process, and the id of the last one that finished.
final class RecentTraces: Sendable {
    private struct State {
        var spans: [TraceID: [RecordedSpan]] = [:]
        var order: [TraceID] = []
        var lastFinished: TraceID?
    }

    private let capacity: Int
    private let maximumSpansPerTrace: Int
    private let state = NIOLockedValueBox(State())

    init(capacity: Int, maximumSpansPerTrace: Int = 10_000) {
        self.capacity = max(0, capacity)
        self.maximumSpansPerTrace = maximumSpansPerTrace
    }

    func record(_ span: RecordedSpan) {
        guard capacity > 0 else { return }
        state.withLockedValue { state in
            let traceID = span.traceID
            if span.isLocalRoot { state.lastFinished = traceID }
            // One hash lookup for the common case: a span of a trace already in the ring.
            if let index = state.spans.index(forKey: traceID) {
                if state.spans.values[index].count < maximumSpansPerTrace {
                    state.spans.values[index].append(span)
                }
                return
            }
            if state.order.count >= capacity {
                let oldest = state.order.removeFirst()
                state.spans[oldest] = nil
            }
            state.order.append(traceID)
            state.spans[traceID] = maximumSpansPerTrace > 0 ? [span] : []
        }
    }

    var lastFinishedTraceID: TraceID? { state.withLockedValue { $0.lastFinished } }

    func trace(_ id: TraceID) -> RecordedTrace? {
        state.withLockedValue { state in state.spans[id].map { RecordedTrace(traceID: id, spans: $0) } }
    }

    /// Newest first.
    func all() -> [RecordedTrace] {
        state.withLockedValue { state in
            state.order.reversed().compactMap { id in state.spans[id].map { RecordedTrace(traceID: id, spans: $0) } }
        }
    }

    func removeAll() {
        state.withLockedValue { $0 = State() }
    }
}
