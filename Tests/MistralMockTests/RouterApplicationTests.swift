import HummingbirdTesting
import OrderedJSON
import Testing

@testable import MistralMock

@Suite("HummingbirdTesting integration")
struct RouterApplicationTests {
    @Test("buildApplication serves the emulator in-process")
    func inProcess() async throws {
        let application = MistralMockServer(configuration: MockConfiguration(apiKey: testKey)).buildApplication()
        try await application.test(.router) { client in
            try await client.execute(
                uri: "/v1/models/codestral-latest", method: .get, headers: [.authorization: "Bearer \(testKey)"]
            ) { response in
                #expect(response.status == .ok)
                let card = try JSONParser.parse(Array(response.body.readableBytesView))
                #expect(card["capabilities"]?["completion_fim"] == true)
            }
        }
    }
}
