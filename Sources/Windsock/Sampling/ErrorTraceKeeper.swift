import NIOConcurrencyHelpers
import WindsockModel

/// Holds the spans of unsampled traces until their local root ends: exported after all when a span failed,
/// dropped (counted as sampled out) otherwise. Bounded in traces and in spans per trace.
final class ErrorTraceKeeper: Sendable {
    private struct Pending {
        var spans: [RecordedSpan] = []
        var keep = false
    }

    private struct State {
        var pending: [TraceID: Pending] = [:]
        var order: [TraceID] = []
    }

    private let maximumTraces: Int
    private let maximumSpansPerTrace: Int
    private let state = NIOLockedValueBox(State())

    init(maximumTraces: Int = 1024, maximumSpansPerTrace: Int = 1024) {
        self.maximumTraces = maximumTraces
        self.maximumSpansPerTrace = maximumSpansPerTrace
    }

    /// The spans to export now that `span`, of an unsampled trace, has ended, and how many spans sampling dropped.
    func route(_ span: RecordedSpan) -> (export: [RecordedSpan], sampledOut: Int) {
        if span.context.isSampled { return ([span], 0) }
        return state.withLockedValue { state in
            let traceID = span.traceID
            var sampledOut = 0
            if state.pending[traceID] == nil {
                if state.order.count >= maximumTraces, let oldest = state.order.first {
                    state.order.removeFirst()
                    sampledOut += state.pending.removeValue(forKey: oldest)?.spans.count ?? 0
                }
                state.pending[traceID] = Pending()
                state.order.append(traceID)
            }
            var export: [RecordedSpan] = []
            if state.pending[traceID]?.keep == true {
                export = [span]
            } else if span.isError {
                export = (state.pending[traceID]?.spans ?? []) + [span]
                state.pending[traceID] = Pending(spans: [], keep: true)
            } else if (state.pending[traceID]?.spans.count ?? 0) < maximumSpansPerTrace {
                state.pending[traceID]?.spans.append(span)
            } else {
                sampledOut += 1
            }
            if span.isLocalRoot {
                sampledOut += state.pending.removeValue(forKey: traceID)?.spans.count ?? 0
                state.order.removeAll { $0 == traceID }
            }
            return (export, sampledOut)
        }
    }
}
