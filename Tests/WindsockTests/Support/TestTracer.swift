import Tracing
import Windsock

/// A Windsock tracer exporting into memory, bound to the test's task with `withTracer`.
struct TestTracer {
    let tracer: WindsockTracer
    let exporter: InMemorySpanExporter

    init(
        sampleRatio: Double = 1, captureContent: Bool = true, redactor: Redactor? = nil,
        batch: BatchSettings = BatchSettings(scheduledDelay: .milliseconds(20))
    ) throws {
        let exporter = InMemorySpanExporter()
        self.exporter = exporter
        self.tracer = try WindsockTracer(
            configuration: WindsockConfiguration(
                destination: .exporter(exporter),
                sampleRatio: sampleRatio,
                captureContent: captureContent,
                redactor: redactor,
                batch: batch
            )
        )
    }

    /// Runs `body` with this tracer active, then flushes and returns the exported spans.
    func run(_ body: () async throws -> Void) async throws -> [RecordedSpan] {
        try await withTracer(tracer) {
            try await body()
        }
        await tracer.forceFlush(timeout: .seconds(5))
        return exporter.spans
    }
}

extension Array where Element == RecordedSpan {
    /// The span with this name; fails the test when there is not exactly one.
    func named(_ name: String) throws -> RecordedSpan {
        let matches = filter { $0.name == name }
        guard matches.count == 1 else { throw TestFailure("expected one span named \(name), found \(matches.count)") }
        return matches[0]
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension SpanAttributes {
    func stringValue(_ name: String) -> String? {
        if case .string(let value) = get(name) { return value }
        return nil
    }

    func intValue(_ name: String) -> Int? {
        if case .int64(let value) = get(name) { return Int(value) }
        return nil
    }

    func doubleValue(_ name: String) -> Double? {
        if case .double(let value) = get(name) { return value }
        return nil
    }
}
