import Logging
import MistralAI
import ServiceLifecycle
import Testing
import Tracing
import Windsock

@Suite struct BootstrapTests {
    /// The only test that installs a process-wide tracer: the other tests bind theirs to their task, which wins.
    @Test func oneLineBootstrapTracesEveryCallAndRunsAsAService() async throws {
        let exporter = InMemorySpanExporter()
        let tracer = try Windsock.bootstrap(
            WindsockConfiguration(
                destination: .exporter(exporter), batch: BatchSettings(scheduledDelay: .milliseconds(10)),
                recentTraceCapacity: 100_000))
        #expect(Windsock.isProcessTracer)
        #expect(throws: WindsockError.alreadyBootstrapped) {
            try Windsock.bootstrap(WindsockConfiguration(destination: .none))
        }
        let traceID = try await MockMistral.withClient { mistral in
            try await observe("bootstrapped workflow") { span in
                _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
                return try #require((span.span as? WindsockSpan)?.spanContext.traceID)
            }
        }
        let trace = try #require(Windsock.trace(id: traceID))
        // AsyncHTTPClient, created after the bootstrap, adds its own span under the Mistral span.
        #expect(trace.spans.map(\.name).sorted() == ["POST", "bootstrapped workflow", "chat mistral-small-latest"])
        let chat = try #require(trace.spans.first { $0.name == "chat mistral-small-latest" })
        let http = try #require(trace.spans.first { $0.name == "POST" })
        #expect(http.parentSpanID == chat.spanID)
        #expect(http.endNanoseconds <= chat.endNanoseconds)

        Windsock.isEnabled = false
        observe("while disabled") { _ in }
        Windsock.isEnabled = true
        #expect(Windsock.recentTraces().allSatisfy { $0.name != "while disabled" })

        // ServiceLifecycle: graceful shutdown flushes and shuts the exporter down.
        var logger = Logger(label: "bootstrap-test")
        logger.logLevel = .critical
        let group = ServiceGroup(services: [WindsockService(tracer: tracer)], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await Task.sleep(for: .milliseconds(20))
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(exporter.isShutDown)
        #expect(exporter.spans.contains { $0.traceID == traceID && $0.name == "bootstrapped workflow" })
    }
}
