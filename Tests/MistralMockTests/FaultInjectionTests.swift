import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Fault and latency injection")
struct FaultInjectionTests {
    @Test("x-mock-status answers with that status and Mistral's envelope", arguments: [400, 500, 502, 503])
    func statusHeader(status: Int) async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions",
                json: chatBody("hi"),
                headers: [("X-Mock-Status", String(status))]
            )
            #expect(response.status == status)
            let json = try response.json()
            #expect(json["object"] == "error")
            #expect(json.objectValue?.keys == ["object", "message", "type", "param", "code"])
            #expect(response.header("retry-after") == nil)
        }
    }

    @Test("x-mock-status 401 gives the gateway body; 429 gives rate_limited with a default Retry-After")
    func specialStatuses() async throws {
        try await withMockServer { server in
            let unauthorized = try await server.get("/v1/models", headers: [("x-mock-status", "401")])
            #expect(unauthorized.status == 401)
            #expect(try unauthorized.json()["message"] == "Unauthorized")
            let limited = try await server.get("/v1/models", headers: [("x-mock-status", "429")])
            #expect(limited.status == 429)
            #expect(
                limited.text
                    == #"{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}"#
            )
            #expect(limited.header("retry-after") == "1")
            #expect(limited.header("x-ratelimit-remaining-req-minute") == "0")
        }
    }

    @Test("x-mock-retry-after sets Retry-After on 429 and 503")
    func retryAfter() async throws {
        try await withMockServer { server in
            for status in ["429", "503"] {
                let response = try await server.get(
                    "/v1/models", headers: [("x-mock-status", status), ("x-mock-retry-after", "7")])
                #expect(response.header("retry-after") == "7")
            }
        }
    }

    @Test("x-mock-fail-times with x-mock-fault-id fails only the first n requests of that id")
    func failTimes() async throws {
        try await withMockServer { server async throws -> Void in
            func attempt(_ id: String) async throws -> Int {
                try await server.get(
                    "/v1/models",
                    headers: [("x-mock-status", "503"), ("x-mock-fail-times", "2"), ("x-mock-fault-id", id)]
                ).status
            }
            #expect(try await attempt("a") == 503)
            #expect(try await attempt("a") == 503)
            #expect(try await attempt("b") == 503)
            #expect(try await attempt("a") == 200)
            #expect(try await attempt("a") == 200)
        }
    }

    @Test("configured faults match path prefixes and honour times")
    func configuredFaults() async throws {
        let configuration = MockConfiguration(
            apiKey: testKey,
            faults: [MockFault(pathPrefix: "/v1/chat/completions", status: 429, retryAfterSeconds: 2, times: 1)]
        )
        try await withMockServer(configuration) { server in
            let models = try await server.get("/v1/models")
            #expect(models.status == 200)
            let first = try await server.post("/v1/chat/completions", json: chatBody("hi"))
            #expect(first.status == 429)
            #expect(first.header("retry-after") == "2")
            let second = try await server.post("/v1/chat/completions", json: chatBody("hi"))
            #expect(second.status == 200)
        }
    }

    @Test("x-mock-drop-after-chunks really cuts the connection: an incomplete chunked body without [DONE]")
    func droppedStream() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions",
                json: chatBody("Explain photosynthesis in plants", extra: [("stream", true)]),
                headers: [("x-mock-drop-after-chunks", "3")]
            )
            #expect(response.status == 200)
            #expect(!response.isComplete)
            #expect(response.sseData.count == 3)
            #expect(!response.text.contains("[DONE]"))
            #expect(throws: Never.self) { try response.sseData.map { try JSONParser.parse($0) } }
        }
    }

    @Test("a configured drop cuts conversation streams before conversation.response.done")
    func droppedConversationStream() async throws {
        let configuration = MockConfiguration(
            apiKey: testKey,
            faults: [MockFault(pathPrefix: "/v1/conversations", dropStreamAfterChunks: 2)]
        )
        try await withMockServer(configuration) { server in
            let body: JSONValue = ["model": "mistral-small-latest", "inputs": "Tell me about Lyon", "stream": true]
            let response = try await server.post("/v1/conversations", json: body)
            #expect(!response.isComplete)
            #expect(response.sseEvents.map(\.event) == ["conversation.response.started", "message.output.delta"])
            let plain = try await server.post(
                "/v1/conversations", json: ["model": "mistral-small-latest", "inputs": "Hi"])
            #expect(plain.isComplete && plain.status == 200)
        }
    }

    @Test("time to first token delays the first byte; per-token delay spaces the events")
    func latency() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/chat/completions",
                json: chatBody("Explain photosynthesis in plants", extra: [("stream", true)]),
                headers: [("x-mock-ttft-ms", "300"), ("x-mock-token-delay-ms", "40")]
            )
            let events = response.sseData.count
            let first = try #require(response.arrivals.first)
            let last = try #require(response.arrivals.last)
            #expect(first >= .milliseconds(300))
            #expect(first < .milliseconds(2_000))
            #expect(last - first >= .milliseconds(40 * (events - 2)))
            #expect(response.arrivals.count > events / 2)
        }
    }

    @Test("configured latency applies to non-streamed answers too")
    func configuredLatency() async throws {
        let configuration = MockConfiguration(
            apiKey: testKey, latency: MockLatency(timeToFirstToken: .milliseconds(250)))
        try await withMockServer(configuration) { server in
            let response = try await server.get("/v1/models")
            #expect(try #require(response.arrivals.first) >= .milliseconds(250))
        }
    }
}
