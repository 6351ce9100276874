import Logging
import NIOConcurrencyHelpers
import WindsockModel

/// What happens to a span when it ends: trace-level updates, enrichment, content policy, the ring of recent
/// traces, sampling, and the batch processor.
final class SpanPipeline: Sendable {
    let sampler: TraceRatioSampler
    let statistics: ExportStatistics
    let recentTraces: RecentTraces
    let traceUpdates = TraceUpdates()
    private let enrichment: SpanEnrichment?
    private let contentPolicy: NIOLockedValueBox<ContentPolicy>
    private let enabled: NIOLockedValueBox<Bool>
    private let errorTraces = ErrorTraceKeeper()
    private let processor: BatchSpanProcessor?

    init(
        exporter: (any SpanExporter)?, sampler: TraceRatioSampler, batch: BatchSettings, enrichment: SpanEnrichment?,
        contentPolicy: ContentPolicy, recentTraceCapacity: Int, isEnabled: Bool, statistics: ExportStatistics,
        logger: Logger
    ) {
        self.sampler = sampler
        self.statistics = statistics
        self.enrichment = enrichment
        self.contentPolicy = NIOLockedValueBox(contentPolicy)
        self.enabled = NIOLockedValueBox(isEnabled)
        self.recentTraces = RecentTraces(capacity: recentTraceCapacity)
        self.processor = exporter.map {
            BatchSpanProcessor(exporter: $0, settings: batch, statistics: statistics, logger: logger)
        }
    }

    var isEnabled: Bool {
        get { enabled.withLockedValue { $0 } }
        set { enabled.withLockedValue { $0 = newValue } }
    }

    var captureContent: Bool {
        get { contentPolicy.withLockedValue { $0.captureContent } }
        set { contentPolicy.withLockedValue { $0.captureContent = newValue } }
    }

    /// Takes the span by value (`consuming`): it is the only reference to the span's attributes, so the
    /// additions below change them in place instead of copying the whole dictionary.
    func spanEnded(_ span: consuming RecordedSpan) {
        traceUpdates.stamp(&span)
        enrichment?.enrich(&span)
        contentPolicy.withLockedValue { $0 }.apply(to: &span)
        recentTraces.record(span)
        if span.context.isSampled {
            processor?.enqueue(span)
            return
        }
        let (export, sampledOut) = errorTraces.route(span)
        statistics.sampledOut(sampledOut)
        guard let processor else { return }
        for span in export {
            processor.enqueue(span)
        }
    }

    func requestFlush() {
        processor?.requestFlush()
    }

    func forceFlush(timeout: Duration) async -> Bool {
        await processor?.forceFlush(timeout: timeout) ?? true
    }

    func shutdown(timeout: Duration) async -> Bool {
        await processor?.shutdown(timeout: timeout) ?? true
    }
}
