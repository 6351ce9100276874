import Metrics
import NIOConcurrencyHelpers

/// Counts of spans exported, dropped and failed, also reported as swift-metrics counters
/// (`windsock_sdk_spans_exported_total`, `windsock_sdk_spans_dropped_total`, `windsock_sdk_spans_failed_total`).
public struct ExportCounts: Sendable, Hashable {
    /// Spans the exporter accepted.
    public var exported: Int = 0
    /// Spans dropped before export because the queue was full or the SDK had shut down.
    public var dropped: Int = 0
    /// Spans whose export failed after the exporter's retries.
    public var failed: Int = 0
    /// Spans not exported because their trace was not sampled (and held no error).
    public var sampledOut: Int = 0
}

/// The running counts, shared by the pipeline and the batch processor.
final class ExportStatistics: Sendable {
    private let counts = NIOLockedValueBox(ExportCounts())
    private let exportedCounter: Counter
    private let droppedCounter: Counter
    private let failedCounter: Counter
    private let sampledOutCounter: Counter

    init(factory: (any MetricsFactory)? = nil) {
        func counter(_ label: String) -> Counter {
            if let factory { return Counter(label: label, factory: factory) }
            return Counter(label: label)
        }
        exportedCounter = counter("windsock_sdk_spans_exported_total")
        droppedCounter = counter("windsock_sdk_spans_dropped_total")
        failedCounter = counter("windsock_sdk_spans_failed_total")
        sampledOutCounter = counter("windsock_sdk_spans_sampled_out_total")
    }

    var snapshot: ExportCounts { counts.withLockedValue { $0 } }

    func exported(_ count: Int) {
        add(count, to: \.exported, counter: exportedCounter)
    }

    func dropped(_ count: Int) {
        add(count, to: \.dropped, counter: droppedCounter)
    }

    func failed(_ count: Int) {
        add(count, to: \.failed, counter: failedCounter)
    }

    func sampledOut(_ count: Int) {
        add(count, to: \.sampledOut, counter: sampledOutCounter)
    }

    private func add(_ count: Int, to field: WritableKeyPath<ExportCounts, Int> & Sendable, counter: Counter) {
        guard count > 0 else { return }
        counts.withLockedValue { $0[keyPath: field] += count }
        counter.increment(by: count)
    }
}
