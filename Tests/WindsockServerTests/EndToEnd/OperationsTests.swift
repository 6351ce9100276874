import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OrderedJSON
import ServiceLifecycle
import Testing
import WindsockModel
import WindsockStore

@testable import WindsockServer

@Suite("Metrics, overload and shutdown")
struct OperationsTests {
    @Test("/metrics: ingest counters, commit latency, queue depth and GenAI histograms from ingested spans")
    func prometheus() async throws {
        let store = try await TestStore.make()
        try await withTestServer(store: store.store) { caller in
            let chat = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/x-protobuf"],
                body: try Fixtures.body("mistralai-native/chat.pb"))
            #expect(chat.status == .ok)
            _ = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/json"], body: Array("[".utf8))
            let answer = try await caller.get("/metrics")
            #expect(answer.status == .ok)
            #expect(answer.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = String(decoding: answer.body, as: UTF8.self)
            #expect(text.contains(#"windsock_ingest_requests_total{status="200"} 1"#))
            #expect(text.contains(#"windsock_ingest_requests_total{status="400"} 1"#))
            #expect(text.contains("windsock_ingest_spans_accepted_total 1"))
            #expect(text.contains("windsock_ingest_spans_rejected_total 0"))
            #expect(text.contains("windsock_ingest_batch_commit_seconds_count 1"))
            #expect(text.contains("windsock_ingest_queue_depth 0"))
            #expect(text.contains("# TYPE gen_ai_client_token_usage histogram"))
            #expect(
                text.contains(
                    #"gen_ai_client_token_usage_count{gen_ai_request_model="mistral-small-latest",gen_ai_operation_name="chat",gen_ai_token_type="input"} 1"#
                ))
            #expect(text.contains(#"gen_ai_token_type="output""#))
            #expect(
                text.contains(
                    #"gen_ai_client_operation_duration_seconds_count{gen_ai_request_model="mistral-small-latest",gen_ai_operation_name="chat"} 1"#
                ))
        }
        try await store.finish()
    }

    @Test("a saturated write queue answers 503 with Retry-After, then accepts again")
    func overload() async throws {
        let base = InMemoryTraceStore()
        let latch = WriteLatch()
        let server = WindsockServer(
            store: GatedStore(base: base, latch: latch),
            configuration: WindsockServerConfiguration(
                address: ServerAddress(port: 0), maximumInFlightWrites: 1, retryAfterSeconds: 2),
            logger: quietLogger)
        let body = try Fixtures.body("mistralai-native/chat.pb")
        try await withRunningServer(server) { port, _ in
            let first = Task { try await exportStatus(port: port, body: body) }
            await latch.waitForArrivals(1)
            let second = try await export(port: port, body: body)
            #expect(second.status == .serviceUnavailable)
            #expect(second.headerFields[.retryAfter] == "2")
            await latch.release()
            #expect(try await first.value == .ok)
            #expect(try await exportStatus(port: port, body: body) == .ok)
        }
        #expect(await base.closed)
    }

    @Test("graceful shutdown answers the batch in flight, then closes the store")
    func gracefulShutdown() async throws {
        let base = InMemoryTraceStore()
        let latch = WriteLatch()
        let server = WindsockServer(
            store: GatedStore(base: base, latch: latch), configuration: WindsockServerConfiguration(port: 0),
            logger: quietLogger)
        let body = try Fixtures.body("mistralai-native/chat.pb")
        try await withRunningServer(server) { port, group in
            let pending = Task { try await exportStatus(port: port, body: body) }
            await latch.waitForArrivals(1)
            await group.triggerGracefulShutdown()
            try await Task.sleep(for: .milliseconds(100))
            #expect(await !base.closed)
            await latch.release()
            #expect(try await pending.value == .ok)
        }
        #expect(await base.closed)
        let stored = try await base.traces(TraceQuery(project: .default))
        #expect(stored.traces.count == 1)
    }

    /// Runs `server`'s service group until `body` returns and the group has shut down.
    private func withRunningServer(
        _ server: WindsockServer, _ body: @Sendable (Int, ServiceGroup) async throws -> Void
    ) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let group = server.serviceGroup(handlesSignals: false) { port in continuation.yield(port) }
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            try await body(port, group)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    /// One export on its own connection.
    private func export(port: Int, body: [UInt8]) async throws -> HTTPResponse {
        try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            try await client.execute(
                TestClient.Request(
                    "/v1/traces", method: .post, headers: [.contentType: "application/x-protobuf"],
                    body: ByteBuffer(bytes: body))
            ).head
        }
    }

    private func exportStatus(port: Int, body: [UInt8]) async throws -> HTTPResponse.Status {
        try await export(port: port, body: body).status
    }

    @Test("retention deletes traces older than the period")
    func retention() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 1), project: .default)
        let recent = SampleTraces.chat(trace: 2, at: 5 * 86_400_000)
        _ = try await store.write(recent, project: .default)
        let service = RetentionService(store: store, days: 3, interval: .seconds(3600), logger: quietLogger)
        await service.deleteExpired(now: SampleTraces.time(7 * 86_400_000))
        let left = try await store.traces(TraceQuery(project: .default))
        #expect(left.traces.map(\.traceID) == [recent[0].traceID])
    }
}
