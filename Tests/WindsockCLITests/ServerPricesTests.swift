import Foundation
import OrderedJSON
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("windsock server prices")
struct ServerPricesTests {
    /// A `windsock server` child process, stopped when the test ends.
    final class ServerProcess: Sendable {
        let process: Process
        let url: String

        init(arguments: [String], environment: [String: String]) throws {
            let process = Process()
            process.executableURL = CLIProcess.binary
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line says where it listens: "Windsock server listening on http://127.0.0.1:PORT (…)".
            var text = ""
            let deadline = Date().addingTimeInterval(60)
            while !text.contains("\n"), Date() < deadline, process.isRunning {
                text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
            }
            guard let range = text.range(of: #"http://[0-9.]+:[0-9]+"#, options: .regularExpression) else {
                process.terminate()
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no address in: \(text)"])
            }
            self.process = process
            self.url = String(text[range])
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    private static func span(_ id: String, model: String) -> String {
        """
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"\(id)","name":"chat \(model)","kind":3,\
        "startTimeUnixNano":"1700000000000000000","endTimeUnixNano":"1700000001000000000","attributes":[\
        {"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},\
        {"key":"gen_ai.request.model","value":{"stringValue":"\(model)"}},\
        {"key":"gen_ai.usage.input_tokens","value":{"intValue":"1000000"}},\
        {"key":"gen_ai.usage.output_tokens","value":{"intValue":"1000000"}}]}
        """
    }

    @Test("--prices and WINDSOCK_PRICES price the spans that carry no cost")
    func pricesFromFileAndEnvironment() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("windsock-prices-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("prices.json")
        try Data(#"{"models": {"house-model": {"input": 2, "output": 4}}}"#.utf8).write(to: file)
        let server = try ServerProcess(
            arguments: [
                "server", "--port", "0", "--sqlite", folder.appendingPathComponent("w.sqlite").path, "--prices",
                file.path,
            ],
            environment: ["WINDSOCK_PRICES": #"{"models": {"other-model": {"input": 1, "output": 0.5}}}"#])
        defer { server.stop() }

        let body = """
            {"resourceSpans":[{"resource":{"attributes":[]},"scopeSpans":[{"scope":{"name":"test"},"spans":[\
            \(Self.span("0000000000000001", model: "house-model")),\(Self.span("0000000000000002", model: "other-model")),\
            \(Self.span("0000000000000003", model: "mistral-small-2603")),\(Self.span("0000000000000004", model: "unknown-model"))\
            ]}]}]}
            """
        var request = URLRequest(url: try #require(URL(string: "\(server.url)/v1/traces")))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)

        let (data, _) = try await URLSession.shared.data(
            from: try #require(URL(string: "\(server.url)/api/v1/traces/5b8efff798038103d269b633813fc60c")))
        let spans = try #require(try JSONParser.parse(Array(data))["spans"]?.arrayValue)
        func cost(_ model: String) -> JSONValue? {
            spans.first { $0["model"]?.stringValue == model }?["cost_usd"]
        }
        #expect(cost("house-model")?.doubleValue == 6)  // 2 + 4 USD per million tokens
        #expect(cost("other-model")?.doubleValue == 1.5)
        #expect(abs((cost("mistral-small-2603")?.doubleValue ?? 0) - 0.75) < 1e-9)  // the built-in 0.15 + 0.60 stay
        #expect(cost("unknown-model") == .null)
    }

    @Test("a price table that cannot be read or parsed stops the server with a clear error")
    func badPriceTables() async throws {
        let missing = try await CLIProcess.run(["server", "--port", "0", "--prices", "/nonexistent/prices.json"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("Cannot read the price table /nonexistent/prices.json"))
        let malformed = try await CLIProcess.run(
            ["server", "--port", "0", "--sqlite", "/tmp/windsock-prices-\(UUID()).sqlite"],
            environment: ["WINDSOCK_PRICES": #"{"models": {"m": {"input": "cheap"}}}"#])
        #expect(malformed.status != 0)
        #expect(malformed.error.contains("The price table WINDSOCK_PRICES is not valid"))
    }
}
