import Foundation
import MistralAI
import Tracing

/// Prints each span as one readable line (and its events indented below), for development.
///
/// ```
/// [windsock] chat mistral-small-latest  llm  412.3 ms  ok  trace=4bf9…  span=00f0…  parent=-  in=12 out=40 $0.000013
/// ```
public struct ConsoleSpanExporter: SpanExporter {
    private let write: @Sendable (String) -> Void

    /// Prints to standard output.
    public init() {
        self.init { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    }

    /// Hands each line to `write`.
    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    public func export(_ spans: [RecordedSpan]) async throws {
        for span in spans {
            write(Self.line(for: span))
            for event in span.events {
                var attributes: [String] = []
                // SpanAttributes is not a Sequence.
                // swift-format-ignore: ReplaceForEachWithForLoop
                event.attributes.forEach { key, value in attributes.append("\(key)=\(value)") }
                write("    event \(event.name) \(attributes.sorted().joined(separator: " "))")
            }
        }
    }

    /// The line for one span.
    public static func line(for span: RecordedSpan) -> String {
        var parts = [
            "[windsock] \(span.name)",
            span.attributes.string(WindsockAttributes.spanKind) ?? "\(span.kind)",
            String(format: "%.1f ms", span.durationMs),
            span.isError ? "error\(span.status?.message.map { ": \($0)" } ?? "")" : "ok",
            "trace=\(span.traceID.hex)",
            "span=\(span.spanID.hex)",
            "parent=\(span.parentSpanID?.hex ?? "-")",
        ]
        if let model = span.model { parts.append("model=\(model)") }
        let usage = span.usage
        if let input = usage.inputTokens { parts.append("in=\(input)") }
        if let output = usage.outputTokens { parts.append("out=\(output)") }
        if let cost = span.costUSD { parts.append(String(format: "$%.6f", cost)) }
        if let ttft = span.timeToFirstTokenMs { parts.append(String(format: "ttft=%.1f ms", ttft)) }
        return parts.joined(separator: "  ")
    }
}

/// Sends every batch to several exporters (e.g. OTLP and the console).
struct FanOutSpanExporter: SpanExporter {
    let exporters: [any SpanExporter]

    func export(_ spans: [RecordedSpan]) async throws {
        var firstError: (any Error)?
        for exporter in exporters {
            do {
                try await exporter.export(spans)
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
    }

    func forceFlush() async {
        for exporter in exporters { await exporter.forceFlush() }
    }

    func shutdown() async {
        for exporter in exporters { await exporter.shutdown() }
    }
}
