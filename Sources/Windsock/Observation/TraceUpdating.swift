import Tracing

/// Applies trace-level updates: through the Windsock pipeline when the span is Windsock's (so the values land
/// on the trace's root and on later spans), else as attributes of the span itself.
enum TraceUpdating {
    static func apply(_ update: TraceUpdate, to span: any Span) {
        if let windsockSpan = span as? WindsockSpan {
            guard windsockSpan.isRecording else { return }
            windsockSpan.pipeline.traceUpdates.update(windsockSpan.spanContext.traceID, with: update)
            // The span itself carries the user and session at once, whichever span ends first.
            var attributes = SpanAttributes()
            TraceUpdate(userID: update.userID, sessionID: update.sessionID).apply(to: &attributes)
            if !attributes.isEmpty { windsockSpan.updateAttributes { $0.merge(attributes) } }
            return
        }
        span.updateAttributes { update.apply(to: &$0) }
    }
}
