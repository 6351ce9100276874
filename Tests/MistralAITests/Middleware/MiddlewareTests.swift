import Foundation
import NIOHTTP1
import Testing

@testable import MistralAI

/// Records what it sees of each call; optionally adds a header.
private struct Recorder: MistralMiddleware {
    let name: String
    let log: LockedValue<[String]>
    var header: (String, String)?

    func intercept<Response: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> Response
    ) async throws -> Response {
        log.withLock { $0.append("\(name) in \(call.operation.name)") }
        var call = call
        if let header { call.headers.add(name: header.0, value: header.1) }
        do {
            let response = try await next(call)
            log.withLock { $0.append("\(name) out \(type(of: response))") }
            return response
        } catch {
            log.withLock { $0.append("\(name) error \(error)") }
            throw error
        }
    }

    func interceptStream<Element: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> MistralStream<Element>
    ) async throws -> MistralStream<Element> {
        let log = self.log
        let name = self.name
        log.withLock { $0.append("\(name) stream \(call.operation.name)") }
        return try await next(call).observing(
            onElement: { _ in log.withLock { $0.append("\(name) element") } },
            onTermination: { termination in
                let text =
                    switch termination {
                    case .finished: "finished"
                    case .failed: "failed"
                    case .cancelled: "cancelled"
                    case .abandoned: "abandoned"
                    }
                log.withLock { $0.append("\(name) \(text)") }
            }
        )
    }
}

/// Captures the calls it sees.
private struct CallCapture: MistralMiddleware {
    let calls: LockedValue<[MistralCall]>

    func intercept<Response: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> Response
    ) async throws -> Response {
        calls.withLock { $0.append(call) }
        return try await next(call)
    }
}

@Suite("Middlewares")
struct MiddlewareTests {
    @Test("middlewares run outermost first, once per operation even with retries")
    func orderAndRetries() async throws {
        let log = LockedValue<[String]>([])
        let transport = ScriptedTransport([.text("", status: 503), .text(WireFixtures.textResponse)])
        let mistral = Mistral.scripted(
            transport,
            middlewares: [Recorder(name: "a", log: log), Recorder(name: "b", log: log)]
        )
        _ = try await mistral.chat.complete(model: "m", messages: [.user("Hi")])
        #expect(
            log.withLock { $0 } == [
                "a in chat.complete", "b in chat.complete", "b out ChatCompletionResponse",
                "a out ChatCompletionResponse",
            ]
        )
        #expect(transport.requests.count == 2)
    }

    @Test("the call carries the operation, the typed request, the path and the server")
    func callContents() async throws {
        let calls = LockedValue<[MistralCall]>([])
        let transport = ScriptedTransport([.text(WireFixtures.textResponse), .text(SpecExamples.fileDelete)])
        let mistral = Mistral(
            apiKey: "k",
            configuration: MistralConfiguration(
                baseURL: .eu,
                transport: transport,
                middlewares: [CallCapture(calls: calls)]
            )
        )
        _ = try await mistral.chat.complete(model: "mistral-large-latest", messages: [.user("Hi")], temperature: 0.2)
        _ = try await mistral.files.delete("e85980c9-409e-4a46-9304-36588f6292b0")
        let captured = calls.withLock { $0 }
        #expect(captured.count == 2)
        let chat = captured[0]
        #expect(chat.operation == .chatComplete)
        #expect(chat.operation.method == .POST)
        #expect(chat.path == "/v1/chat/completions")
        #expect(chat.serverHost == "api.eu.mistral.ai")
        #expect(chat.serverPort == 443)
        let request = try #require(chat.request as? ChatCompletionRequest)
        #expect(request.model == "mistral-large-latest")
        #expect(request.temperature == 0.2)
        #expect(request.messages == [.user("Hi")])
        let delete = captured[1]
        #expect(delete.operation.name == "files.delete")
        #expect(delete.operation.pathTemplate == "/v1/files/{file_id}")
        #expect(delete.path == "/v1/files/e85980c9-409e-4a46-9304-36588f6292b0")
        #expect(delete.request == nil)
        #expect(transport.requests[1].url == "https://api.eu.mistral.ai/v1/files/e85980c9-409e-4a46-9304-36588f6292b0")
        #expect(transport.requests[1].method == .DELETE)
    }

    @Test("headers a middleware adds reach the server")
    func headerInjection() async throws {
        let log = LockedValue<[String]>([])
        let transport = ScriptedTransport(.text(WireFixtures.textResponse))
        let mistral = Mistral.scripted(
            transport,
            middlewares: [
                Recorder(
                    name: "t", log: log,
                    header: ("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
            ]
        )
        _ = try await mistral.chat.complete(model: "m", messages: [.user("Hi")])
        #expect(
            transport.requests.first?.headers.first(name: "traceparent")
                == "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
    }

    @Test("errors pass through the middleware once")
    func errors() async throws {
        let log = LockedValue<[String]>([])
        let transport = ScriptedTransport(
            .text(#"{"object":"error","message":"Invalid model: x","type":"invalid_model","code":"1500"}"#, status: 400)
        )
        let mistral = Mistral.scripted(transport, middlewares: [Recorder(name: "a", log: log)])
        await #expect(throws: MistralError.self) {
            _ = try await mistral.chat.complete(model: "x", messages: [.user("Hi")])
        }
        let entries = log.withLock { $0 }
        #expect(entries.count == 2)
        #expect(entries.last?.hasPrefix("a error Mistral API error 400 (invalid_model, code 1500)") == true)
    }

    @Test("a stream middleware sees each element and the end, once")
    func streams() async throws {
        let log = LockedValue<[String]>([])
        let transport = ScriptedTransport(.text(WireFixtures.chatStream, chunkSize: 3))
        let mistral = Mistral.scripted(transport, middlewares: [Recorder(name: "s", log: log)])
        var count = 0
        for try await _ in try await mistral.chat.stream(model: "m", messages: [.user("Hi")]) { count += 1 }
        #expect(count == 4)
        #expect(
            log.withLock { $0 } == ["s stream chat.stream"] + Array(repeating: "s element", count: 4) + ["s finished"])
    }

    @Test("a stream middleware sees a stream error as failed")
    func streamFailure() async throws {
        let log = LockedValue<[String]>([])
        let body = String(WireFixtures.chatStream.prefix(200))
        let mistral = Mistral.scripted(ScriptedTransport(.text(body)), middlewares: [Recorder(name: "s", log: log)])
        await #expect(throws: MistralError.self) {
            for try await _ in try await mistral.chat.stream(model: "m", messages: [.user("Hi")]) {}
        }
        #expect(log.withLock { $0.last } == "s failed")
    }

    @Test("a missing API key is thrown through the middlewares, before any request")
    func missingKey() async throws {
        let log = LockedValue<[String]>([])
        let transport = ScriptedTransport(.text(WireFixtures.textResponse))
        let runtime = MistralRuntime(
            apiKey: nil,
            configuration: MistralConfiguration(transport: transport, middlewares: [Recorder(name: "a", log: log)])
        )
        let mistral = Mistral(runtime: runtime)
        await #expect {
            _ = try await mistral.chat.complete(model: "m", messages: [.user("Hi")])
        } throws: { error in
            if case MistralError.missingAPIKey = error { return true }
            return false
        }
        #expect(transport.requests.isEmpty)
        #expect(log.withLock { $0 }.count == 2)
    }
}
