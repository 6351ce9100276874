import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import OrderedJSON
import Testing
import WindsockStore

@testable import WindsockServer

/// An answer as tests look at it.
struct TestAnswer: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: [UInt8]

    /// The body parsed as JSON.
    func json() throws -> JSONValue {
        try JSONParser.parse(body)
    }

    /// The `error.message` of a JSON error body.
    func errorMessage() throws -> String? {
        try json()["error"]?["message"]?.stringValue
    }
}

/// A client of a server under test, sending requests in process.
struct TestCaller: Sendable {
    let client: any TestClientProtocol

    func send(
        _ method: HTTPRequest.Method, _ uri: String, key: String? = nil, headers: HTTPFields = [:],
        body: [UInt8]? = nil
    ) async throws -> TestAnswer {
        var fields = headers
        if let key { fields[.authorization] = "Bearer \(key)" }
        let response = try await client.execute(
            uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(bytes: $0) })
        return TestAnswer(
            status: response.status, headers: response.headers, body: Array(response.body.readableBytesView))
    }

    func get(_ uri: String, key: String? = nil) async throws -> TestAnswer {
        try await send(.get, uri, key: key)
    }

    func postJSON(_ uri: String, _ json: JSONValue, key: String? = nil) async throws -> TestAnswer {
        try await send(
            .post, uri, key: key, headers: [.contentType: "application/json"], body: Array(json.compactString.utf8))
    }
}

/// A logger that stays quiet unless something is badly wrong.
let quietLogger: Logger = {
    var logger = Logger(label: "windsock-server-test")
    logger.logLevel = .critical
    return logger
}()

/// Runs `body` against a server over `store`, in process (`.router`) or over a real socket (`.live`).
func withTestServer<T: Sendable>(
    store: any TraceStore,
    configuration: WindsockServerConfiguration = WindsockServerConfiguration(port: 0),
    setup: TestingSetup = .router,
    _ body: @Sendable (TestCaller) async throws -> T
) async throws -> T {
    let server = WindsockServer(store: store, configuration: configuration, logger: quietLogger)
    return try await server.buildApplication().test(setup) { client in
        try await body(TestCaller(client: client))
    }
}

extension WindsockServerConfiguration {
    /// Loopback on `port`.
    init(port: Int) {
        self.init(address: ServerAddress(host: "127.0.0.1", port: port))
    }
}
