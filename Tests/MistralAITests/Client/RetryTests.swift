import NIOCore
import NIOHTTP1
import Testing

@testable import MistralAI

private struct Refused: Error {}

@Suite("Retries, timeouts and cancellation")
struct RetryTests {
    private let overloaded =
        #"{"object":"error","message":"Service unavailable","type":"service_unavailable","param":null,"code":"3505"}"#
    private let limited =
        #"{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}"#

    @Test("503, 503, then 200: three attempts, one answer")
    func retriesServerErrors() async throws {
        let transport = ScriptedTransport([
            .text(overloaded, status: 503), .text(overloaded, status: 503), .text(WireFixtures.textResponse),
        ])
        let response = try await Mistral.scripted(transport).chat.complete(
            model: "mistral-small-latest", messages: [.user("Hi")])
        #expect(response.text?.hasPrefix("Claude Monet") == true)
        #expect(transport.requests.count == 3)
        #expect(Set(transport.requests.map(\.bodyText)).count == 1)
    }

    @Test("every retryable status is retried", arguments: [429, 500, 502, 503, 504])
    func retryableStatuses(status: Int) async throws {
        let transport = ScriptedTransport([.text("", status: status), .text(WireFixtures.textResponse)])
        _ = try await Mistral.scripted(transport).chat.complete(model: "m", messages: [.user("Hi")])
        #expect(transport.requests.count == 2)
    }

    @Test("client errors are not retried", arguments: [400, 401, 403, 404, 422])
    func clientErrorsAreFinal(status: Int) async throws {
        let transport = ScriptedTransport([
            .text(#"{"detail":"no"}"#, status: status), .text(WireFixtures.textResponse),
        ])
        await #expect {
            _ = try await Mistral.scripted(transport).chat.complete(model: "m", messages: [.user("Hi")])
        } throws: { error in
            (error as? MistralError)?.status == status
        }
        #expect(transport.requests.count == 1)
    }

    @Test("connection failures are retried")
    func connectionFailures() async throws {
        let transport = ScriptedTransport([
            .failure(.connection(underlying: Refused())), .failure(.connection(underlying: Refused())),
            .text(WireFixtures.textResponse),
        ])
        _ = try await Mistral.scripted(transport).chat.complete(model: "m", messages: [.user("Hi")])
        #expect(transport.requests.count == 3)
    }

    @Test("after the last attempt the last error is thrown")
    func exhausted() async throws {
        let transport = ScriptedTransport(Array(repeating: .text(overloaded, status: 503), count: 5))
        let policy = RetryPolicy(maxAttempts: 4, initialBackoff: .milliseconds(1))
        await #expect {
            _ = try await Mistral.scripted(transport, retryPolicy: policy).chat.complete(
                model: "m", messages: [.user("Hi")])
        } throws: { error in
            (error as? MistralError)?.apiError?.type == "service_unavailable"
        }
        #expect(transport.requests.count == 4)
    }

    @Test("Retry-After replaces the computed backoff")
    func honoursRetryAfter() async throws {
        let transport = ScriptedTransport([
            .text(limited, status: 429, headers: ["Retry-After": "0.3"]), .text(WireFixtures.textResponse),
        ])
        let clock = ContinuousClock()
        let start = clock.now
        _ = try await Mistral.scripted(transport).chat.complete(model: "m", messages: [.user("Hi")])
        let elapsed = clock.now - start
        #expect(elapsed >= .milliseconds(300))
        #expect(elapsed < .seconds(5))
        #expect(transport.requests.count == 2)
    }

    @Test("a Retry-After longer than the policy allows ends the retries at once")
    func retryAfterTooLong() async throws {
        let transport = ScriptedTransport([
            .text(limited, status: 429, headers: ["Retry-After": "3600"]), .text(WireFixtures.textResponse),
        ])
        let clock = ContinuousClock()
        let start = clock.now
        await #expect {
            _ = try await Mistral.scripted(transport).chat.complete(model: "m", messages: [.user("Hi")])
        } throws: { error in
            (error as? MistralError)?.apiError?.retryAfter == .seconds(3600)
        }
        #expect(clock.now - start < .seconds(60))  // it did not wait the hour (a bound, not a speed check)
        #expect(transport.requests.count == 1)
    }

    @Test("streams are retried before their first byte")
    func streamRetry() async throws {
        let transport = ScriptedTransport([
            .text(overloaded, status: 503), .text(WireFixtures.chatStream, chunkSize: 8),
        ])
        var text = ""
        for try await chunk in try await Mistral.scripted(transport).chat.stream(model: "m", messages: [.user("Hi")]) {
            text += chunk.textDelta
        }
        #expect(text == "Claude Monet.")
        #expect(transport.requests.count == 2)
    }

    @Test("exponential backoff with a cap and bounded jitter")
    func backoffSchedule() {
        let policy = RetryPolicy(
            maxAttempts: 10, initialBackoff: .milliseconds(100), maximumBackoff: .seconds(1), jitter: 0.5)
        let failure = MistralError.api(MistralAPIError(status: 503, message: "x"))
        #expect(policy.delay(afterAttempt: 1, error: failure, random: 0) == .milliseconds(100))
        #expect(policy.delay(afterAttempt: 2, error: failure, random: 0) == .milliseconds(200))
        #expect(policy.delay(afterAttempt: 3, error: failure, random: 0) == .milliseconds(400))
        #expect(policy.delay(afterAttempt: 6, error: failure, random: 0) == .seconds(1))
        #expect(policy.delay(afterAttempt: 2, error: failure, random: 1) == .milliseconds(100))
        #expect(policy.delay(afterAttempt: 10, error: failure, random: 0) == nil)
        #expect(
            policy.delay(afterAttempt: 1, error: MistralError.api(MistralAPIError(status: 400, message: "x"))) == nil)
        #expect(policy.delay(afterAttempt: 1, error: MistralError.timeout(.seconds(1))) == nil)
        #expect(
            RetryPolicy(retryTimeouts: true).delay(afterAttempt: 1, error: MistralError.timeout(.seconds(1)), random: 0)
                != nil)
        #expect(RetryPolicy.none.delay(afterAttempt: 1, error: failure) == nil)
        let withRetryAfter = MistralError.api(MistralAPIError(status: 429, message: "x", retryAfter: .seconds(2)))
        #expect(policy.delay(afterAttempt: 1, error: withRetryAfter, random: 0) == .seconds(2))
    }

    @Test("a slow answer times out with the configured timeout, and timeouts are not retried by default")
    func timeout() async throws {
        let slow = AsyncThrowingStream<ByteBuffer, any Error> { _ in }
        let transport = ScriptedTransport([
            ScriptedTransport.Reply(body: MistralHTTPBody(slow)), .text(WireFixtures.textResponse),
        ])
        let clock = ContinuousClock()
        let start = clock.now
        await #expect {
            _ = try await Mistral.scripted(transport, timeout: .milliseconds(200)).chat.complete(
                model: "m", messages: [.user("Hi")])
        } throws: { error in
            if case MistralError.timeout(let duration) = error { return duration == .milliseconds(200) }
            return false
        }
        #expect(clock.now - start < .seconds(5))
        #expect(transport.requests.count == 1)
    }

    @Test("cancelling the task during the backoff ends the call promptly with .cancelled")
    func cancelDuringBackoff() async throws {
        let transport = ScriptedTransport(
            Array(repeating: .text(limited, status: 429, headers: ["Retry-After": "30"]), count: 3))
        let mistral = Mistral.scripted(
            transport, retryPolicy: RetryPolicy(maxAttempts: 3, maximumRetryAfter: .seconds(60)))
        let task = Task { try await mistral.chat.complete(model: "m", messages: [.user("Hi")]) }
        try await Task.sleep(for: .milliseconds(100))
        let clock = ContinuousClock()
        let start = clock.now
        task.cancel()
        let result = await task.result
        #expect(clock.now - start < .seconds(60))  // it did not wait the hour (a bound, not a speed check)
        guard case .failure(MistralError.cancelled) = result else {
            Issue.record("expected .cancelled, got \(result)")
            return
        }
        #expect(transport.requests.count == 1)
    }
}
