import Foundation
import MistralMock
import Testing

@testable import MistralAI

/// Counts the HTTP attempts of the real transport.
private struct CountingTransport: MistralTransport {
    let base = AsyncHTTPClientTransport()
    let count = LockedValue(0)

    func send(_ request: MistralHTTPRequest) async throws -> MistralHTTPResponse {
        count.withLock { $0 += 1 }
        return try await base.send(request)
    }
}

@Suite("Faults, retries and cancellation against the emulator")
struct FaultIntegrationTests {
    private func client(_ baseURL: MistralBaseURL, headers: [(String, String)], transport: CountingTransport) -> Mistral
    {
        var configuration = MistralConfiguration(
            baseURL: baseURL,
            retryPolicy: RetryPolicy(initialBackoff: .milliseconds(10), maximumBackoff: .milliseconds(50)),
            transport: transport
        )
        for (name, value) in headers { configuration.extraHeaders.add(name: name, value: value) }
        return Mistral(apiKey: MockServerHarness.apiKey, configuration: configuration)
    }

    @Test("503 twice then success: the client retries and succeeds")
    func retriesServerErrors() async throws {
        try await MockServerHarness.withServer { baseURL in
            let transport = CountingTransport()
            let mistral = client(
                baseURL,
                headers: [
                    ("x-mock-status", "503"), ("x-mock-fail-times", "2"), ("x-mock-fault-id", UUID().uuidString),
                ],
                transport: transport
            )
            let response = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
            #expect(!(response.text ?? "").isEmpty)
            #expect(transport.count.withLock { $0 } == 3)
        }
    }

    @Test("429 with Retry-After: the client waits as asked, then succeeds")
    func honoursRetryAfter() async throws {
        try await MockServerHarness.withServer { baseURL in
            let transport = CountingTransport()
            let mistral = client(
                baseURL,
                headers: [
                    ("x-mock-status", "429"), ("x-mock-fail-times", "1"), ("x-mock-fault-id", UUID().uuidString),
                    ("x-mock-retry-after", "1"),
                ],
                transport: transport
            )
            let clock = ContinuousClock()
            let start = clock.now
            _ = try await mistral.embeddings.create(model: "mistral-embed", input: "x")
            #expect(clock.now - start >= .seconds(1))
            #expect(transport.count.withLock { $0 } == 2)
        }
    }

    @Test("a persistent 500 surfaces as the typed error after the last attempt")
    func persistentError() async throws {
        try await MockServerHarness.withServer { baseURL in
            let transport = CountingTransport()
            let mistral = client(baseURL, headers: [("x-mock-status", "500")], transport: transport)
            await #expect {
                _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
            } throws: { error in
                guard let apiError = (error as? MistralError)?.apiError else { return false }
                return apiError.status == 500 && !apiError.message.isEmpty
            }
            #expect(transport.count.withLock { $0 } == 3)
        }
    }

    @Test("a wrong key gets the gateway's 401 body, not retried")
    func wrongKey() async throws {
        try await MockServerHarness.withServer(MockConfiguration(apiKey: "the-right-key")) { baseURL in
            let transport = CountingTransport()
            let mistral = Mistral(
                apiKey: "a-wrong-key", configuration: MistralConfiguration(baseURL: baseURL, transport: transport))
            await #expect {
                _ = try await mistral.models.list()
            } throws: { error in
                guard let apiError = (error as? MistralError)?.apiError else { return false }
                return apiError.status == 401 && apiError.message == "Unauthorized"
                    && apiError.requestID?.isEmpty == false
                    && !String(describing: error).contains("a-wrong-key")
            }
            #expect(transport.count.withLock { $0 } == 1)
            let right = Mistral(apiKey: "the-right-key", configuration: MistralConfiguration(baseURL: baseURL))
            let models = try await right.models.list()
            #expect(!models.data.isEmpty)
        }
    }

    /// The server writes 3 events then cuts the connection. How many of them reach the reader before the cut is
    /// detected can vary with buffering and timing, so the tests ask for at most 3, and for the typed error.
    @Test("a stream cut by the server throws streamEndedPrematurely after the chunks it got")
    func droppedStream() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL, headers: [("x-mock-drop-after-chunks", "3")])
            var received = 0
            do {
                let stream = try await mistral.chat.stream(
                    model: "mistral-small-latest", messages: [.user("Tell me a long story about the sea.")])
                for try await _ in stream { received += 1 }
                Issue.record("expected the stream to fail")
            } catch let MistralError.streamEndedPrematurely(events, _) {
                #expect(events == received)
            }
            #expect(received <= 3)

            var conversationEvents = 0
            await #expect {
                for try await _ in try await mistral.conversations.startStream(
                    model: "mistral-medium-latest", inputs: "Tell me a long story.")
                {
                    conversationEvents += 1
                }
            } throws: { error in
                if case MistralError.streamEndedPrematurely = error { return true }
                return false
            }
            #expect(conversationEvents <= 3)
        }
    }

    @Test("cancelling the task reading a slow stream ends the request promptly")
    func cancelSlowStream() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL, headers: [("x-mock-token-delay-ms", "2000")])
            let stream = try await mistral.chat.stream(
                model: "mistral-small-latest", messages: [.user("Tell me a long story about the sea.")])
            let (firstChunk, signal) = AsyncStream<Void>.makeStream()
            let consumer = Task {
                var count = 0
                for try await _ in stream {
                    count += 1
                    signal.yield()
                }
                return count
            }
            var signals = firstChunk.makeAsyncIterator()
            await signals.next()
            let clock = ContinuousClock()
            let start = clock.now
            consumer.cancel()
            let result = await consumer.result
            #expect(clock.now - start < .milliseconds(1500))
            guard case .failure(MistralError.cancelled) = result else {
                Issue.record("expected .cancelled, got \(result)")
                return
            }
            let fast = MockServerHarness.client(baseURL)
            let after = try await fast.chat.complete(model: "mistral-small-latest", messages: [.user("Still there?")])
            #expect(after.finishReason == .stop)
        }
    }

    @Test("leaving a slow stream early releases the request promptly")
    func abandonSlowStream() async throws {
        try await MockServerHarness.withServer { baseURL in
            // Tokens 10 s apart: leaving after the first chunk must not wait for the next one (a margin
            // of half of that keeps a loaded machine from failing the test).
            let mistral = MockServerHarness.client(baseURL, headers: [("x-mock-token-delay-ms", "10000")])
            let clock = ContinuousClock()
            let start = clock.now
            for try await _ in try await mistral.chat.stream(
                model: "mistral-small-latest", messages: [.user("Tell me a long story.")])
            {
                break
            }
            #expect(clock.now - start < .seconds(5))
        }
    }

    @Test("a slow first token hits the client timeout")
    func slowFirstToken() async throws {
        try await MockServerHarness.withServer { baseURL in
            var configuration = MistralConfiguration(baseURL: baseURL, timeout: .milliseconds(300), retryPolicy: .none)
            configuration.extraHeaders.add(name: "x-mock-ttft-ms", value: "3000")
            let mistral = Mistral(apiKey: MockServerHarness.apiKey, configuration: configuration)
            let clock = ContinuousClock()
            let start = clock.now
            await #expect {
                _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
            } throws: { error in
                if case MistralError.timeout = error { return true }
                return false
            }
            #expect(clock.now - start < .seconds(2))
        }
    }
}
