import Foundation
import Logging
import NIOHTTP1
import Testing

@testable import MistralAI

/// Keeps every log message and metadata value, to check what the client logs.
private struct CapturingLogHandler: LogHandler {
    let lines: LockedValue<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = (event.metadata ?? [:]).map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
        lines.withLock { $0.append("\(event.level) \(event.message) \(fields)") }
    }
}

@Suite("Configuration")
struct ConfigurationTests {
    @Test("the base URL keeps a path prefix; ids and queries are percent-encoded")
    func urls() async throws {
        let transport = ScriptedTransport([.text(SpecExamples.modelRetrieve), .text(SpecExamples.filesList)])
        let base = try #require(MistralBaseURL(string: "https://gateway.example.com/mistral/"))
        let mistral = Mistral(apiKey: "k", configuration: MistralConfiguration(baseURL: base, transport: transport))
        _ = try await mistral.models.retrieve("ft:open-mistral-7b:587a6b29:20240514:7e773925")
        _ = try await mistral.files.list(FileListRequest(page: 2, purpose: .fineTune, search: "a b&c"))
        #expect(
            transport.requests.map(\.url) == [
                "https://gateway.example.com/mistral/v1/models/ft:open-mistral-7b:587a6b29:20240514:7e773925",
                "https://gateway.example.com/mistral/v1/files?page=2&purpose=fine-tune&search=a%20b%26c",
            ]
        )
        #expect(transport.requests.allSatisfy { $0.method == .GET && $0.body == nil })
        #expect(MistralBaseURL(string: "ftp://x") == nil)
        #expect(MistralBaseURL(string: "not a url") == nil)
        #expect(MistralBaseURL.production.url.absoluteString == "https://api.mistral.ai")
        #expect(MistralBaseURL.us.host == "api.us.mistral.ai")
        #expect(MistralBaseURL(string: "http://127.0.0.1:8080")?.port == 8080)
    }

    @Test("requests carry the key, JSON headers, the user agent and the extra headers")
    func headers() async throws {
        let transport = ScriptedTransport(.text(WireFixtures.textResponse))
        let mistral = Mistral(
            apiKey: "secret",
            configuration: MistralConfiguration(
                extraHeaders: ["X-Gateway": "on", "User-Agent": "my-app/2"],
                transport: transport,
                userAgent: "ignored/1"
            )
        )
        _ = try await mistral.chat.complete(model: "m", messages: [.user("Hi")])
        let headers = try #require(transport.requests.first?.headers)
        #expect(headers.first(name: "authorization") == "Bearer secret")
        #expect(headers.first(name: "content-type") == "application/json")
        #expect(headers.first(name: "accept") == "application/json")
        #expect(headers.first(name: "x-gateway") == "on")
        #expect(headers[canonicalForm: "user-agent"] == ["my-app/2"])
        #expect(transport.requests.first?.timeout == .seconds(600))
    }

    @Test(
        "the key comes from MISTRAL_API_KEY when not given; without one, calls throw missingAPIKey unless a header authorises"
    )
    func environmentKey() async throws {
        let previous = ProcessInfo.processInfo.environment["MISTRAL_API_KEY"]
        defer {
            if let previous { setenv("MISTRAL_API_KEY", previous, 1) } else { unsetenv("MISTRAL_API_KEY") }
        }
        setenv("MISTRAL_API_KEY", "from-env", 1)
        let transport = ScriptedTransport([.text(WireFixtures.textResponse), .text(WireFixtures.textResponse)])
        let fromEnvironment = Mistral(configuration: MistralConfiguration(transport: transport))
        #expect(fromEnvironment.hasAPIKey)
        _ = try await fromEnvironment.chat.complete(model: "m", messages: [.user("Hi")])
        #expect(transport.requests.first?.headers.first(name: "authorization") == "Bearer from-env")

        unsetenv("MISTRAL_API_KEY")
        let missing = Mistral(apiKey: "  ", configuration: MistralConfiguration(transport: transport))
        #expect(!missing.hasAPIKey)
        await #expect {
            _ = try await missing.chat.complete(model: "m", messages: [.user("Hi")])
        } throws: { error in
            String(describing: error).contains("MISTRAL_API_KEY")
        }
        #expect(transport.requests.count == 1)

        let gateway = Mistral(
            configuration: MistralConfiguration(extraHeaders: ["Authorization": "Basic abc"], transport: transport))
        _ = try await gateway.chat.complete(model: "m", messages: [.user("Hi")])
        #expect(transport.requests.last?.headers.first(name: "authorization") == "Basic abc")
    }

    @Test("logs describe requests and retries but never contain the key")
    func logging() async throws {
        let lines = LockedValue<[String]>([])
        let logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
        let transport = ScriptedTransport([.text("", status: 503), .text(WireFixtures.textResponse)])
        let mistral = Mistral(
            apiKey: "sk-very-secret",
            configuration: MistralConfiguration(
                retryPolicy: RetryPolicy(initialBackoff: .milliseconds(1)),
                transport: transport,
                logger: logger
            )
        )
        _ = try await mistral.chat.complete(model: "m", messages: [.user("Hi")])
        let logged = lines.withLock { $0 }
        #expect(logged.contains { $0.contains("Retrying Mistral request") && $0.contains("operation=chat.complete") })
        #expect(logged.filter { $0.contains("Mistral request") && !$0.contains("Retrying") }.count == 2)
        #expect(logged.allSatisfy { !$0.contains("sk-very-secret") })
    }

    @Test("downloads return the raw bytes, and deletions without a body succeed")
    func rawBodies() async throws {
        let bytes: [UInt8] = [0, 1, 2, 255, 10, 13]
        let transport = ScriptedTransport([
            ScriptedTransport.Reply(
                body: MistralHTTPBody(chunks: [.init(bytes: bytes[..<3]), .init(bytes: bytes[3...])])),
            .text("", status: 204),
        ])
        let mistral = Mistral.scripted(transport)
        #expect(try await mistral.files.download("f1") == Data(bytes))
        try await mistral.agents.delete("ag_1")
        #expect(
            transport.requests.map(\.url) == [
                "https://api.mistral.ai/v1/files/f1/content", "https://api.mistral.ai/v1/agents/ag_1",
            ])
        #expect(transport.requests[0].headers.first(name: "accept") == "application/octet-stream")
    }

    @Test("a success body that is not the expected JSON throws a decoding error with its path")
    func decodingFailure() async throws {
        let transport = ScriptedTransport(
            .text(#"{"id":"x","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":7}}]}"#))
        await #expect {
            _ = try await Mistral.scripted(transport).chat.complete(model: "m", messages: [.user("Hi")])
        } throws: { error in
            guard case MistralError.decoding(let failure) = error else { return false }
            return failure.codingPath.hasPrefix("choices.0.message.content") && failure.type == "ChatCompletionResponse"
        }
    }

    @Test("a body larger than the maximum is refused")
    func tooLarge() async throws {
        let transport = ScriptedTransport(.text(String(repeating: "x", count: 2000), chunkSize: 100))
        let mistral = Mistral(
            apiKey: "k", configuration: MistralConfiguration(transport: transport, maximumResponseBytes: 1000))
        await #expect {
            _ = try await mistral.models.list()
        } throws: { error in
            if case MistralError.responseTooLarge(1000) = error { return true }
            return false
        }
    }
}
