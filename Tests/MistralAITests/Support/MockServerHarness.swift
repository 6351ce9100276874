import Foundation
import Logging
import MistralAI
import MistralMock

/// Runs the Mistral emulator in-process on a free port for the duration of `body`.
enum MockServerHarness {
    static let apiKey = "mock-test-key"

    static func withServer<T: Sendable>(
        _ configuration: MockConfiguration = MockConfiguration(),
        _ body: (_ baseURL: MistralBaseURL) async throws -> T
    ) async throws -> T {
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "mistral-ai-tests.mock")
        logger.logLevel = .critical
        let server = MistralMockServer(configuration: configuration, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run(host: "127.0.0.1", port: 0) { port in
                    portContinuation.yield(port)
                    portContinuation.finish()
                }
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), let url = URL(string: "http://127.0.0.1:\(port)") else {
                group.cancelAll()
                throw MistralError.invalidRequest("the emulator did not start")
            }
            do {
                let result = try await body(.custom(url))
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }

    /// A client of the emulator at `baseURL`.
    static func client(
        _ baseURL: MistralBaseURL,
        apiKey: String = MockServerHarness.apiKey,
        headers: [(String, String)] = [],
        retryPolicy: RetryPolicy = RetryPolicy(initialBackoff: .milliseconds(10), maximumBackoff: .milliseconds(50)),
        middlewares: [any MistralMiddleware] = []
    ) -> Mistral {
        var configuration = MistralConfiguration(baseURL: baseURL, retryPolicy: retryPolicy, middlewares: middlewares)
        for (name, value) in headers {
            configuration.extraHeaders.add(name: name, value: value)
        }
        return Mistral(apiKey: apiKey, configuration: configuration)
    }
}
