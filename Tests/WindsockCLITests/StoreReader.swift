import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OrderedJSON
import Testing

/// Reads a store the way clients do: through the REST API of a server opened on it, in process.
struct StoreReader {
    let client: any TestClientProtocol

    /// `GET uri` answered 200 with JSON.
    func get(_ uri: String) async throws -> JSONValue {
        let response = try await client.execute(uri: uri, method: .get, headers: [:], body: nil)
        #expect(response.status == .ok, "GET \(uri)")
        return try JSONParser.parse(Array(response.body.readableBytesView))
    }

    /// Opens the SQLite file at `path` behind a server and runs `body` against its API.
    static func withAPI<T: Sendable>(sqlite path: String, _ body: @Sendable (StoreReader) async throws -> T)
        async throws -> T
    {
        try await LiveServer.withServer(sqlite: path, setup: .router) { client in
            try await body(StoreReader(client: client))
        }
    }
}
