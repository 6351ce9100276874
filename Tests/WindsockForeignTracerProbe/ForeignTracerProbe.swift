import Foundation
import InMemoryTracing
import Logging
import MistralAI
import Tracing
import Windsock

/// A process that bootstraps a third-party tracer before Windsock, as an app using swift-otel does, then traces a
/// Mistral call inside an application span. `ForeignTracerTests` runs it (swift-distributed-tracing allows one
/// bootstrap per process, so the test cannot do this in its own) and reads the JSON report it prints on stdout;
/// Windsock's warning goes to stderr.
@main
struct ForeignTracerProbe {
    static func main() async throws {
        FileHandle.standardOutput.write(try await report())
    }

    /// Runs the scenario and returns the JSON report.
    nonisolated static func report() async throws -> Data {
        var logger = Logger(label: "windsock") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        let foreign = InMemoryTracer()
        InstrumentationSystem.bootstrap(foreign)

        let exporter = InMemorySpanExporter()
        let windsock = try Windsock.bootstrap(WindsockConfiguration(destination: .exporter(exporter), logger: logger))

        let completion = """
            {"id":"cmpl-1","object":"chat.completion","model":"mistral-small-2506","created":1,\
            "choices":[{"index":0,"message":{"role":"assistant","content":"Claude Monet."},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":12,"completion_tokens":4,"total_tokens":16}}
            """
        let transport = MistralClosureTransport { _ in MistralHTTPResponse(status: 200, body: completion) }
        let mistral = Mistral(apiKey: "probe-secret-key", configuration: MistralConfiguration(transport: transport))
        let messages: [ChatMessage] = [.system("Answer briefly."), .user("Who painted the water lilies?")]

        // Through the application's tracer.
        try await observe("find_painter", kind: .chain) { _ in
            _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: messages, temperature: 0.2)
        }
        // Windsock's own tracer, bound explicitly, still works.
        try await withTracer(windsock) {
            _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: messages)
        }
        await windsock.forceFlush(timeout: .seconds(5))

        let spans: [[String: Any]] = foreign.finishedSpans.map { span in
            var attributes: [String: String] = [:]
            // SpanAttributes is not a Sequence: forEach is its only iteration.
            // swift-format-ignore: ReplaceForEachWithForLoop
            span.attributes.forEach { name, value in attributes[name] = text(value) }
            var object: [String: Any] = [
                "name": span.operationName, "kind": "\(span.kind)", "span_id": span.spanID,
                "trace_id": span.traceID, "attributes": attributes,
            ]
            if let parent = span.parentSpanID { object["parent_span_id"] = parent }
            return object
        }
        let report: [String: Any] = [
            "is_process_tracer": Windsock.isProcessTracer,
            "foreign_spans": spans,
            "windsock_spans": exporter.spans.map(\.name),
        ]
        return try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
    }

    /// An attribute's value as plain text (strings unquoted, arrays comma-separated).
    static func text(_ value: SpanAttribute) -> String {
        switch value {
        case .string(let string): string
        case .int64(let number): String(number)
        case .int32(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): String(flag)
        case .stringArray(let strings): strings.joined(separator: ",")
        default: String(describing: value)
        }
    }
}
