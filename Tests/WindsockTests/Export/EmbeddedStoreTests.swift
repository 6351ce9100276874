import CompressNIO
import Foundation
import Logging
import MistralAI
import NIOCore
import Testing
import Tracing
import Windsock
import WindsockIngest
import WindsockModel
import WindsockStore
import WindsockStoreSQLite

@Suite struct EmbeddedStoreTests {
    private func temporaryStore() -> SQLiteStoreConfiguration {
        SQLiteStoreConfiguration(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("windsock-\(UUID().uuidString)")
                .appendingPathComponent("windsock.sqlite").path)
    }

    /// A traced workflow: a chain with a Mistral chat, a stream and a failing call.
    private func recordWorkflow() async throws -> (spans: [RecordedSpan], traceID: TraceID) {
        let test = try TestTracer()
        let spans = try await MockMistral.withClient { mistral in
            try await test.run {
                try await observe("painter_workflow", kind: .chain, input: "Who painted Guernica?") { span in
                    Windsock.updateCurrentTrace(TraceUpdate(userID: "user-1", sessionID: "session-9", tags: ["demo"]))
                    _ = try await mistral.chat.complete(
                        model: "mistral-small-latest", messages: [.user("Who painted Guernica?")])
                    for try await _ in try await mistral.chat.stream(
                        model: "mistral-small-latest", messages: [.user("Why?")])
                    {}
                    _ = try? await mistral.chat.complete(model: "no-such-model", messages: [.user("Hi")])
                }
            }
        }
        return (spans, try #require(test.tracer.lastTraceID))
    }

    @Test func theEmbeddedStoreAndTheOTLPExporterDeliverTheSameSpansToTheSameStore() async throws {
        let (spans, traceID) = try await recordWorkflow()
        #expect(spans.count == 4)
        let resource = WindsockResource(serviceName: "embedded-tests")

        // Embedded: straight into a SQLite file.
        let embeddedConfiguration = temporaryStore()
        let embedded = EmbeddedStoreSpanExporter(configuration: embeddedConfiguration, resource: resource)
        try await embedded.export(spans)
        await embedded.shutdown()

        // OTLP: over HTTP to a receiver that ingests as the server does, into another SQLite file.
        let receiver = OTLPReceiver()
        try await receiver.run { endpoint in
            let otlp = try OTLPHTTPSpanExporter(
                configuration: OTLPExporterConfiguration(endpoint: endpoint), resource: resource,
                logger: Logger(label: "test"))
            try await otlp.export(spans)
            await otlp.shutdown()
        }
        let received = try #require(receiver.received.first)
        var body = NIOCore.ByteBuffer(bytes: received.body)
        body = try body.decompress(with: .gzip())
        let ingested = try TraceIngestor().ingest(Array(buffer: body), as: .protobuf)
        let viaOTLP = try await SQLTraceStore.sqlite(temporaryStore())
        try await viaOTLP.migrate()
        _ = try await viaOTLP.write(ingested.spans, project: .default)

        let direct = try await SQLTraceStore.sqlite(embeddedConfiguration)
        let fromEmbedded = try #require(try await direct.trace(traceID, project: .default))
        let fromOTLP = try #require(try await viaOTLP.trace(traceID, project: .default))
        #expect(fromEmbedded == fromOTLP)
        #expect(fromEmbedded.spans.count == 4)
        #expect(fromEmbedded.summary.name == "painter_workflow")
        #expect(fromEmbedded.summary.userID == "user-1")
        #expect(fromEmbedded.summary.sessionID == "session-9")
        #expect(fromEmbedded.summary.tags == ["demo"])
        #expect(fromEmbedded.summary.status == .error)
        #expect((fromEmbedded.summary.usage.totalTokens ?? 0) > 0)
        #expect((fromEmbedded.summary.costUSD ?? 0) > 0)
        let chat = try #require(
            fromEmbedded.spans.first {
                $0.name == "chat mistral-small-latest" && $0.timeToFirstTokenMs == nil && $0.status == .ok
            })
        #expect(chat.kind == .llm)
        #expect(chat.provider == "mistral_ai")
        #expect(chat.costUSD != nil)
        #expect(chat.input != nil)
        #expect(chat.output != nil)
        let stream = try #require(fromEmbedded.spans.first { $0.timeToFirstTokenMs != nil })
        #expect(stream.output != nil)
        try await direct.close()
        try await viaOTLP.close()
    }

    @Test func costsComeFromThePriceTableAndUnknownModelsStayUnknown() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            withSpan("known") { span in
                span.attributes[GenAIAttributes.requestModel] = "mistral-large-2512"
                span.attributes[GenAIAttributes.usageInputTokens] = 1_000_000
                span.attributes[GenAIAttributes.usageOutputTokens] = 2_000_000
            }
            withSpan("unknown") { span in
                span.attributes[GenAIAttributes.requestModel] = "someone-elses-model"
                span.attributes[GenAIAttributes.usageInputTokens] = 10
            }
        }
        #expect(try spans.named("known").costUSD == 0.5 + 2 * 1.5)
        #expect(try spans.named("unknown").costUSD == nil)
    }

    @Test func pricesCanBeOverriddenFromTheEnvironment() throws {
        let configuration = try WindsockConfiguration.fromEnvironment(
            [
                "WINDSOCK_PRICES":
                    #"{"source":"test","date":"2026-11-29","models":{"mistral-small-2506":{"input":1,"output":2},"house-embed":{"input":0.5}}}"#
            ],
            fallback: .none)
        #expect(
            configuration.prices.cost(
                model: "mistral-small-2506", usage: TokenUsage(inputTokens: 1_000_000, outputTokens: 1_000_000)) == 3)
        #expect(configuration.prices.cost(model: "house-embed", usage: TokenUsage(totalTokens: 2_000_000)) == 1)
        #expect(configuration.prices.price(of: "codestral-2508") != nil)
        #expect(configuration.prices.source == "test")
        #expect(throws: WindsockConfigurationError.self) {
            try WindsockConfiguration.fromEnvironment(
                ["WINDSOCK_PRICES": #"{"models":{"x":{"input":"cheap"}}}"#], fallback: .none)
        }
    }

    @Test func withNoEndpointSpansGoToTheEmbeddedStore() {
        guard case .embeddedStore(let store) = Windsock.defaultDestination([:]) else {
            Issue.record("expected the embedded store")
            return
        }
        #expect(store.path == ".windsock/windsock.sqlite")
        guard case .embeddedStore(let custom) = Windsock.defaultDestination(["WINDSOCK_STORE_PATH": "/tmp/x.sqlite"])
        else {
            Issue.record("expected the embedded store")
            return
        }
        #expect(custom.path == "/tmp/x.sqlite")
    }
}
