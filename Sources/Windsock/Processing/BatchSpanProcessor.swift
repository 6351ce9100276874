import Logging
import NIOConcurrencyHelpers

/// Queues finished spans and exports them in batches, by size and by time, from one background task.
///
/// ``enqueue(_:)`` never blocks and never throws: past ``BatchSettings/maximumQueueSize`` spans are dropped and
/// counted. Flush and shutdown wait up to a deadline.
final class BatchSpanProcessor: Sendable {
    private enum Signal: Sendable {
        case batchReady
        case tick
        case flush(AsyncStream<Void>.Continuation)
        case shutdown(AsyncStream<Void>.Continuation)
    }

    private struct Queue {
        var spans: [RecordedSpan] = []
        var isShutDown = false
    }

    private let settings: BatchSettings
    private let exporter: any SpanExporter
    private let statistics: ExportStatistics
    private let logger: Logger
    private let queue = NIOLockedValueBox(Queue())
    private let signals: AsyncStream<Signal>.Continuation
    private let loop: Task<Void, Never>
    private let ticker: Task<Void, Never>

    init(exporter: any SpanExporter, settings: BatchSettings, statistics: ExportStatistics, logger: Logger) {
        self.settings = settings
        self.exporter = exporter
        self.statistics = statistics
        self.logger = logger
        let (stream, signals) = AsyncStream.makeStream(of: Signal.self)
        self.signals = signals
        let queue = self.queue
        // Detached: the export must not inherit the caller's task-locals (its span context) or priority.
        self.loop = Task.detached {
            await Self.run(
                stream, queue: queue, exporter: exporter, settings: settings, statistics: statistics, logger: logger)
        }
        let delay = settings.scheduledDelay
        self.ticker = Task.detached {
            while !Task.isCancelled {
                do { try await Task.sleep(for: delay) } catch { return }
                if case .terminated = signals.yield(.tick) { return }
            }
        }
    }

    /// Queues a span; drops it (counted) when the queue is full or the processor has shut down.
    func enqueue(_ span: RecordedSpan) {
        let (accepted, batchReady) = queue.withLockedValue { queue -> (Bool, Bool) in
            guard !queue.isShutDown, queue.spans.count < settings.maximumQueueSize else { return (false, false) }
            queue.spans.append(span)
            return (true, queue.spans.count == settings.maximumBatchSize)
        }
        if !accepted {
            statistics.dropped(1)
        } else if batchReady {
            signals.yield(.batchReady)
        }
    }

    /// Asks for an export of everything queued, without waiting.
    func requestFlush() {
        signals.yield(.tick)
    }

    /// Exports everything queued; returns `true` when done before `timeout`.
    func forceFlush(timeout: Duration) async -> Bool {
        let (done, finish) = AsyncStream.makeStream(of: Void.self)
        guard case .enqueued = signals.yield(.flush(finish)) else { return true }
        return await Self.wait(for: done, timeout: timeout)
    }

    /// Exports everything queued, shuts the exporter down and stops; returns `true` when done before `timeout`.
    /// Past the deadline the export is cancelled and what remains is dropped (counted).
    func shutdown(timeout: Duration) async -> Bool {
        ticker.cancel()
        let (done, finish) = AsyncStream.makeStream(of: Void.self)
        let isFirstShutdown = queue.withLockedValue { queue in
            defer { queue.isShutDown = true }
            return !queue.isShutDown
        }
        guard isFirstShutdown, case .enqueued = signals.yield(.shutdown(finish)) else {
            await loop.value
            return true
        }
        signals.finish()
        let completed = await Self.wait(for: done, timeout: timeout)
        if !completed {
            loop.cancel()
            let remaining = queue.withLockedValue { queue in
                defer { queue.spans.removeAll() }
                return queue.spans.count
            }
            statistics.dropped(remaining)
            logger.warning(
                "Windsock shutdown timed out; spans still queued were dropped", metadata: ["spans": "\(remaining)"])
        }
        return completed
    }

    private static func wait(for done: AsyncStream<Void>, timeout: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await _ in done {}
                return !Task.isCancelled
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    private static func run(
        _ signals: AsyncStream<Signal>, queue: NIOLockedValueBox<Queue>, exporter: any SpanExporter,
        settings: BatchSettings, statistics: ExportStatistics, logger: Logger
    ) async {
        func exportQueued() async {
            while !Task.isCancelled {
                let batch = queue.withLockedValue { queue -> [RecordedSpan] in
                    let count = min(queue.spans.count, settings.maximumBatchSize)
                    defer { queue.spans.removeFirst(count) }
                    return Array(queue.spans.prefix(count))
                }
                guard !batch.isEmpty else { return }
                do {
                    try await exporter.export(batch)
                    statistics.exported(batch.count)
                } catch {
                    statistics.failed(batch.count)
                    logger.warning(
                        "Windsock could not export spans",
                        metadata: ["spans": "\(batch.count)", "error": "\(error)"]
                    )
                }
            }
        }

        for await signal in signals {
            switch signal {
            case .batchReady, .tick:
                await exportQueued()
            case .flush(let done):
                await exportQueued()
                await exporter.forceFlush()
                done.finish()
            case .shutdown(let done):
                await exportQueued()
                await exporter.shutdown()
                done.finish()
                return
            }
        }
    }
}
