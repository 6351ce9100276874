import Foundation
import OrderedJSON
import Testing

/// `windsock demo --endpoint`: a server that refuses the traces, or none at all, ends the demo with an error that
/// names the demo's own flags.
@Suite("windsock demo delivery")
struct DemoDeliveryTests {
    @Test("a server with keys refuses a demo without --key: a clear error, a non-zero exit, nothing stored")
    func refusedWithoutKey() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("keys.sqlite").path
        var secrets: [String: String] = [:]
        for scope in ["ingest", "read"] {
            let created = try await CLIProcess.run(
                ["keys", "create", "--sqlite", database, "--project", "shop", "--scope", scope])
            try #require(created.status == 0, "\(created.error)")
            secrets[scope] = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let ingest = try #require(secrets["ingest"])
        let read = try #require(secrets["read"])
        try await LiveServer.with(sqlite: database) { url in
            let refused = try await CLIProcess.run(["demo", "--exit", "--endpoint", url])
            #expect(refused.status != 0)
            #expect(refused.error.contains("refused the traces (HTTP 401"), "\(refused.error)")
            #expect(refused.error.contains("the server needs an ingest key: pass one with --key or WINDSOCK_API_KEY"))
            #expect(!refused.output.contains("Sent 13 traces"))
            let empty = try await CLIProcess.run(["traces", "list", "--url", url, "--key", read, "--json"])
            #expect(try JSONParser.parse(empty.output).arrayValue?.count == 0)

            let wrongScope = try await CLIProcess.run(["demo", "--exit", "--endpoint", url, "--key", read])
            #expect(wrongScope.status != 0)
            #expect(wrongScope.error.contains("refused the traces (HTTP 403"), "\(wrongScope.error)")

            let sent = try await CLIProcess.run(["demo", "--exit", "--endpoint", url, "--key", ingest])
            #expect(sent.status == 0, "\(sent.error)")
            #expect(sent.output.contains("Sent 13 traces; the key cannot read them back"))
            let listed = try await CLIProcess.run(
                ["traces", "list", "--url", url, "--key", read, "--json", "--limit", "100"])
            #expect(try JSONParser.parse(listed.output).arrayValue?.count == 13)
        }
    }

    @Test("no server at --endpoint: the hint names --endpoint, not the other commands' --url")
    func unreachableEndpoint() async throws {
        let run = try await CLIProcess.run(["demo", "--exit", "--endpoint", "http://127.0.0.1:1"])
        #expect(run.status != 0)
        #expect(run.error.contains("No Windsock server answered at http://127.0.0.1:1"), "\(run.error)")
        #expect(run.error.contains("--endpoint"))
        #expect(!run.error.contains("--url"))
        #expect(!run.error.contains("WINDSOCK_URL"))
    }
}
