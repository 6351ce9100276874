import ArgumentParser
import Logging
import MistralMock

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `windsock mock`: runs the local emulator of the Mistral AI API until interrupted.
struct MockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock",
        abstract: "Run a local emulator of the Mistral AI API (same wire format, deterministic answers).",
        discussion: """
            Environment: WINDSOCK_MOCK_HOST, WINDSOCK_MOCK_PORT, WINDSOCK_MOCK_API_KEY \
            (flags win).

            Per-request fault headers: x-mock-status, x-mock-fail-times + \
            x-mock-fault-id, x-mock-retry-after, x-mock-ttft-ms, x-mock-token-delay-ms, \
            x-mock-drop-after-chunks.

            Examples:
              windsock mock --port 8080
              windsock mock --api-key test --ttft-ms 300 --token-delay-ms 20
              windsock mock --fault /v1/chat/completions=429:2 --retry-after 1
            """
    )

    @Option(help: "The address to bind (default 127.0.0.1, or WINDSOCK_MOCK_HOST).")
    var host: String?

    @Option(help: "The port to listen on; 0 picks a free one (default 8080, or WINDSOCK_MOCK_PORT).")
    var port: Int?

    @Option(
        name: .customLong("api-key"),
        help: "Accept only this API key (default: any non-empty key, or WINDSOCK_MOCK_API_KEY).")
    var apiKey: String?

    @Option(name: .customLong("ttft-ms"), help: "Delay before the first byte of every answer, in milliseconds.")
    var timeToFirstTokenMilliseconds: Int = 0

    @Option(name: .customLong("token-delay-ms"), help: "Delay between streamed tokens, in milliseconds.")
    var tokenDelayMilliseconds: Int = 0

    @Option(
        name: .customLong("fault"),
        help: "Inject an error on routes starting with PATH: PATH=STATUS[:times] (repeatable)."
    )
    var faults: [FaultOption] = []

    @Option(name: .customLong("retry-after"), help: "Retry-After seconds on injected 429/503 answers.")
    var retryAfterSeconds: Int?

    mutating func validate() throws {
        guard timeToFirstTokenMilliseconds >= 0, tokenDelayMilliseconds >= 0 else {
            throw ValidationError("Latencies must not be negative.")
        }
        if let port = resolvedPort, !(0...65_535).contains(port) {
            throw ValidationError("The port must be between 0 and 65535.")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let host = host ?? environment["WINDSOCK_MOCK_HOST"] ?? "127.0.0.1"
        let port = resolvedPort ?? 8_080
        let apiKey = apiKey ?? environment["WINDSOCK_MOCK_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        let configuration = MockConfiguration(
            apiKey: apiKey,
            latency: MockLatency(
                timeToFirstToken: .milliseconds(timeToFirstTokenMilliseconds),
                perToken: .milliseconds(tokenDelayMilliseconds)
            ),
            faults: faults.map {
                MockFault(
                    pathPrefix: $0.pathPrefix, status: $0.status, retryAfterSeconds: retryAfterSeconds, times: $0.times)
            }
        )
        let logger = Logger(label: "windsock.mock")
        try await MistralMockServer(configuration: configuration, logger: logger)
            .run(host: host, port: port, handleSignals: true) { boundPort in
                logger.info("Mistral emulator listening on http://\(host):\(boundPort)")
            }
    }

    private var resolvedPort: Int? {
        port ?? ProcessInfo.processInfo.environment["WINDSOCK_MOCK_PORT"].flatMap { Int($0) }
    }
}
