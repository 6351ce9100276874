import Instrumentation
import Tracing
import WindsockModel

/// Windsock's backend for swift-distributed-tracing.
///
/// ``Windsock/bootstrap(_:)`` installs one process-wide; tests bind their own with `withTracer(_:_:)`. Spans go
/// through the tracer's pipeline: cost enrichment, content policy and redaction, trace-level updates, the ring
/// of recent traces, sampling, and the batch processor that feeds the exporter.
public struct WindsockTracer: Tracer {
    public typealias Span = WindsockSpan

    let pipeline: SpanPipeline
    let shutdownTimeout: Duration
    private let ids = SpanIDGenerator()

    init(pipeline: SpanPipeline, shutdownTimeout: Duration) {
        self.pipeline = pipeline
        self.shutdownTimeout = shutdownTimeout
    }

    public func startSpan<Instant: TracerInstant>(
        _ operationName: String,
        context: @autoclosure () -> InstrumentationContext,
        ofKind kind: Tracing.SpanKind,
        at instant: @autoclosure () -> Instant,
        function: String,
        file fileID: String,
        line: UInt
    ) -> WindsockSpan {
        let parentContext = context()
        let parent = parentContext.windsockSpanContext
        let traceID = parent?.traceID ?? ids.nextTraceID()
        let isSampled = parent?.isSampled ?? pipeline.sampler.shouldSample(traceID)
        let spanContext = WindsockSpanContext(
            traceID: traceID,
            spanID: ids.nextSpanID(),
            parentSpanID: parent?.spanID,
            isSampled: isSampled
        )
        return WindsockSpan(
            name: operationName,
            context: parentContext,
            spanContext: spanContext,
            kind: kind,
            startNanoseconds: instant().nanosecondsSinceEpoch,
            isRecording: pipeline.isEnabled,
            isLocalRoot: parent == nil || parent?.isRemote == true,
            pipeline: pipeline
        )
    }

    public func activeSpan(identifiedBy context: InstrumentationContext) -> WindsockSpan? {
        context.activeWindsockSpan
    }

    /// Asks the batch processor to export what it holds now; returns at once (see ``Windsock/forceFlush(timeout:)``
    /// to wait).
    public func forceFlush() {
        pipeline.requestFlush()
    }

    public func inject<Carrier, Inject: Injector>(
        _ context: InstrumentationContext,
        into carrier: inout Carrier,
        using injector: Inject
    ) where Inject.Carrier == Carrier {
        guard let spanContext = context.windsockSpanContext else { return }
        injector.inject(TraceParent.header(for: spanContext), forKey: TraceParent.headerName, into: &carrier)
    }

    public func extract<Carrier, Extract: Extractor>(
        _ carrier: Carrier,
        into context: inout InstrumentationContext,
        using extractor: Extract
    ) where Extract.Carrier == Carrier {
        guard let header = extractor.extract(key: TraceParent.headerName, from: carrier),
            let remote = TraceParent.parse(header)
        else { return }
        context.windsockSpanContext = remote
    }
}
