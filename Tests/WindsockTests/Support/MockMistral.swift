import Foundation
import Logging
import MistralAI
import MistralMock

/// The Mistral emulator, in-process on a free port, for the duration of `body`.
enum MockMistral {
    static let apiKey = "windsock-test-secret-key"

    static func withClient<T: Sendable>(
        headers: [(String, String)] = [],
        _ body: (Mistral) async throws -> T
    ) async throws -> T {
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "windsock-tests.mock")
        logger.logLevel = .critical
        let server = MistralMockServer(configuration: MockConfiguration(), logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run(host: "127.0.0.1", port: 0) { port in
                    portContinuation.yield(port)
                    portContinuation.finish()
                }
            }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), let url = URL(string: "http://127.0.0.1:\(port)") else {
                throw TestFailure("the emulator did not start")
            }
            var configuration = MistralConfiguration(baseURL: .custom(url))
            for (name, value) in headers { configuration.extraHeaders.add(name: name, value: value) }
            return try await body(Mistral(apiKey: apiKey, configuration: configuration))
        }
    }
}
