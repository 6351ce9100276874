import Logging
import OrderedJSON
import Testing

@testable import MistralMock

/// The API key the test servers accept.
let testKey = "test-key"

/// A running emulator for one test, reached through the raw HTTP client.
struct MockServerHarness: Sendable {
    /// The bound port.
    let port: Int

    /// `POST path` with a JSON body and the test key.
    func post(_ path: String, json: JSONValue, headers: [(String, String)] = []) async throws -> RawHTTPResponse {
        try await send(
            "POST", path, body: Array(json.compactString.utf8),
            headers: [("Content-Type", "application/json")] + headers)
    }

    /// `GET path` with the test key.
    func get(_ path: String, headers: [(String, String)] = []) async throws -> RawHTTPResponse {
        try await send("GET", path, headers: headers)
    }

    /// `DELETE path` with the test key.
    func delete(_ path: String) async throws -> RawHTTPResponse {
        try await send("DELETE", path)
    }

    /// Any request; the test key is sent unless `authorization` says otherwise.
    func send(
        _ method: String,
        _ path: String,
        body: [UInt8] = [],
        headers: [(String, String)] = [],
        authorization: String? = "Bearer \(testKey)"
    ) async throws -> RawHTTPResponse {
        var all = headers
        if let authorization { all.append(("Authorization", authorization)) }
        return try await RawHTTPClient.send(port: port, method: method, path: path, headers: all, body: body)
    }
}

/// Runs `body` against a fresh emulator listening on a free port, then stops it.
func withMockServer<T: Sendable>(
    _ configuration: MockConfiguration = MockConfiguration(apiKey: testKey),
    _ body: @Sendable (MockServerHarness) async throws -> T
) async throws -> T {
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    var logger = Logger(label: "mock-test")
    logger.logLevel = .critical
    let server = MistralMockServer(configuration: configuration, logger: logger)
    return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
        group.addTask {
            try await server.run(port: 0) { port in continuation.yield(port) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            throw RawHTTPError.noHeaders("server did not start")
        }
        defer { group.cancelAll() }
        return try await body(MockServerHarness(port: port))
    }
}

extension RawHTTPResponse {
    /// The body parsed as JSON.
    func json() throws -> JSONValue {
        try JSONParser.parse(body)
    }

    /// The `data:` payloads of a Server-Sent Events body, in order.
    var sseData: [String] {
        sseEvents.map(\.data)
    }

    /// The events of a Server-Sent Events body (`event` is nil for data-only events).
    var sseEvents: [(event: String?, data: String)] {
        text.split(separator: "\n\n", omittingEmptySubsequences: true).map { block in
            var event: String?
            var data = ""
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { event = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
            }
            return (event, data)
        }
    }
}

/// A chat request body.
func chatBody(
    _ content: String,
    model: String = "mistral-small-latest",
    extra: [(String, JSONValue)] = []
) -> JSONValue {
    var object = JSONObject([("model", .string(model)), ("messages", [["role": "user", "content": .string(content)]])])
    for (key, value) in extra { object[key] = value }
    return .object(object)
}
