import MistralAI
import NIOConcurrencyHelpers
import Tracing
import WindsockModel

/// Trace-level values of the traces still running in this process, written onto their spans as they end.
final class TraceUpdates: Sendable {
    private let pending = NIOLockedValueBox([TraceID: SpanAttributes]())

    func update(_ traceID: TraceID, with update: TraceUpdate) {
        pending.withLockedValue { pending in
            var attributes = pending[traceID] ?? [:]
            update.apply(to: &attributes)
            pending[traceID] = attributes
        }
    }

    /// Writes the pending values onto `span`: user and session onto every span, everything onto the local root,
    /// which also ends the trace's entry.
    func stamp(_ span: inout RecordedSpan) {
        let values: SpanAttributes? = pending.withLockedValue { pending in
            guard !pending.isEmpty else { return nil }
            return span.isLocalRoot ? pending.removeValue(forKey: span.traceID) : pending[span.traceID]
        }
        guard let values else { return }
        if span.isLocalRoot {
            // The root's own metadata and the trace's merge; the trace's input and output fill the root's gaps.
            var values = values
            if let own = span.attributes.string(WindsockAttributes.metadata) {
                TraceUpdate(metadata: (try? JSONValue(parsing: own))?.objectValue ?? [:]).apply(to: &values)
            }
            for (trace, own) in [
                (WindsockAttributes.traceInput, WindsockAttributes.input),
                (WindsockAttributes.traceOutput, WindsockAttributes.output),
            ] where span.attributes.get(own) == nil {
                if let value = values.get(trace) { span.attributes.set(own, value: value) }
            }
            span.attributes.merge(values)
            return
        }
        for key in [WindsockAttributes.userID, WindsockAttributes.sessionID] where span.attributes.get(key) == nil {
            if let value = values.get(key) { span.attributes.set(key, value: value) }
        }
    }
}
