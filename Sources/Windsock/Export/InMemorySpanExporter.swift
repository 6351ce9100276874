import NIOConcurrencyHelpers

/// Keeps exported spans in memory, for tests and in-process inspection.
public final class InMemorySpanExporter: SpanExporter {
    private let state = NIOLockedValueBox(State())

    private struct State {
        var spans: [RecordedSpan] = []
        var batches = 0
        var isShutDown = false
    }

    /// Creates an empty exporter.
    public init() {}

    public func export(_ spans: [RecordedSpan]) async throws {
        state.withLockedValue { state in
            state.spans.append(contentsOf: spans)
            state.batches += 1
        }
    }

    public func shutdown() async {
        state.withLockedValue { $0.isShutDown = true }
    }

    /// Every span exported so far, in export order.
    public var spans: [RecordedSpan] { state.withLockedValue { $0.spans } }
    /// How many batches were exported.
    public var batchCount: Int { state.withLockedValue { $0.batches } }
    /// Whether ``shutdown()`` was called.
    public var isShutDown: Bool { state.withLockedValue { $0.isShutDown } }

    /// Forgets the spans exported so far.
    public func reset() {
        state.withLockedValue { $0.spans.removeAll() }
    }
}
