import Foundation
import Testing

/// An application that bootstrapped another tracer (swift-otel, say) before calling `Windsock.bootstrap`.
///
/// swift-distributed-tracing allows one bootstrap per process and this test process already has Windsock's (see
/// `BootstrapTests`), so `WindsockForeignTracerProbe`, built beside the test bundle, does it in its own process:
/// it bootstraps swift-distributed-tracing's `InMemoryTracer`, then Windsock, traces a Mistral chat call inside an
/// `observe` span, and prints what the foreign tracer recorded as JSON.
@Suite struct ForeignTracerTests {
    @Test func bootstrapAfterAnotherTracerWarnsAndMistralSpansFlowThroughIt() throws {
        let run = try ProbeRun()
        #expect(run.status == 0, "the probe exited with \(run.status); stderr: \(run.stderr)")
        #expect(run.stderr.contains("another tracer is already the process's swift-distributed-tracing backend"))
        #expect(run.stderr.contains("InMemoryTracer"))

        let report = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect(report["is_process_tracer"] as? Bool == false)
        // Windsock's tracer, bound with withTracer, still records its own spans.
        #expect(report["windsock_spans"] as? [String] == ["chat mistral-small-latest"])

        let spans = try #require(report["foreign_spans"] as? [[String: Any]])
        #expect(spans.count == 2)
        let workflow = try #require(spans.first { $0["name"] as? String == "find_painter" })
        let chat = try #require(spans.first { $0["name"] as? String == "chat mistral-small-latest" })
        #expect(chat["parent_span_id"] as? String == workflow["span_id"] as? String)
        #expect(chat["trace_id"] as? String == workflow["trace_id"] as? String)
        #expect(chat["kind"] as? String == "client")

        let attributes = try #require(chat["attributes"] as? [String: String])
        #expect(attributes["gen_ai.provider.name"] == "mistral_ai")
        #expect(attributes["gen_ai.operation.name"] == "chat")
        #expect(attributes["gen_ai.request.model"] == "mistral-small-latest")
        #expect(attributes["gen_ai.request.temperature"] == "0.2")
        #expect(attributes["gen_ai.response.id"] == "cmpl-1")
        #expect(attributes["gen_ai.response.model"] == "mistral-small-2506")
        #expect(attributes["gen_ai.response.finish_reasons"] == "stop")
        #expect(attributes["gen_ai.usage.input_tokens"] == "12")
        #expect(attributes["gen_ai.usage.output_tokens"] == "4")
        #expect(attributes["server.address"] == "api.mistral.ai")
        #expect(attributes["gen_ai.input.messages"]?.contains("Who painted the water lilies?") == true)
        #expect(attributes["gen_ai.output.messages"]?.contains("Claude Monet.") == true)
        #expect(!attributes.values.contains { $0.contains("probe-secret-key") })
        let workflowAttributes = try #require(workflow["attributes"] as? [String: String])
        #expect(workflowAttributes["windsock.span.kind"] == "chain")
    }
}

/// One run of the probe executable, which sits in the build directory beside the test bundle.
private struct ProbeRun {
    let status: Int32
    let stdout: Data
    let stderr: String

    init() throws {
        let buildDirectory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let probe = buildDirectory.appendingPathComponent("WindsockForeignTracerProbe")
        guard FileManager.default.isExecutableFile(atPath: probe.path) else {
            throw ProbeMissing(path: probe.path)
        }
        let process = Process()
        process.executableURL = probe
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        self.status = process.terminationStatus
        self.stdout = stdout
        self.stderr = String(decoding: stderr, as: UTF8.self)
    }
}

private struct ProbeMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) is missing: build with `swift build --build-tests`" }
}
