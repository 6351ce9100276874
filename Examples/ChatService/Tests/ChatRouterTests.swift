import ChatServiceRoutes
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import MistralAI
import MistralMock
import Testing
import Tracing
import Windsock

/// The example chat service: each request's Mistral span nests under the request's span, with the user and session.
@Suite("Examples/ChatService")
struct ChatRouterTests {
    @Test("POST /chat answers from Mistral, and its chat span is a child of the request span")
    func chatSpanNestsUnderRequestSpan() async throws {
        let exporter = InMemorySpanExporter()
        let tracer = try WindsockTracer(configuration: WindsockConfiguration(destination: .exporter(exporter)))
        var logger = Logger(label: "chat-service-test")
        logger.logLevel = .critical
        try await MistralMockServer(logger: logger).buildApplication().test(.live) { mock in
            let url = try #require(URL(string: "http://127.0.0.1:\(mock.port ?? 0)"))
            let mistral = Mistral(apiKey: "test", configuration: MistralConfiguration(baseURL: .custom(url)))
            let router = ChatRouter.build(mistral: mistral, model: "mistral-small-latest")
            try await withTracer(tracer) {
                try await Application(router: router).test(.router) { client in
                    let body = #"{"message": "Say Bonjour", "user_id": "u-1", "session_id": "s-1"}"#
                    try await client.execute(uri: "/chat", method: .post, body: ByteBuffer(string: body)) { response in
                        #expect(response.status == .ok)
                        let answer = String(buffer: response.body)
                        #expect(answer.contains("\"answer\":\"Bonjour\""))
                        #expect(answer.contains("\"trace_id\":\""))
                    }
                    try await client.execute(
                        uri: "/chat", method: .post, body: ByteBuffer(string: #"{"message": " "}"#)
                    ) {
                        #expect($0.status == .badRequest)
                    }
                }
            }
        }
        await tracer.forceFlush(timeout: .seconds(5))
        let spans = exporter.spans
        let chat = try #require(spans.first { $0.name == "chat mistral-small-latest" })
        let request = try #require(spans.first { $0.spanID == chat.parentSpanID })
        #expect(request.parentSpanID == nil)
        #expect(request.name.contains("/chat"))
        #expect(request.attributes.get(WindsockAttributes.userID) == .string("u-1"))
        #expect(request.attributes.get(WindsockAttributes.sessionID) == .string("s-1"))
        #expect(chat.usage.totalTokens ?? 0 > 0)
    }
}
