import Hummingbird
import HummingbirdTesting
import MistralAI
import Testing
import Tracing
import Windsock

@Suite struct HummingbirdNestingTests {
    @Test func theMistralSpanIsAChildOfTheRequestSpan() async throws {
        let test = try TestTracer()
        let spans = try await MockMistral.withClient { mistral in
            try await test.run {
                let router = Router()
                router.middlewares.add(TracingMiddleware())
                router.get("/painter") { _, _ -> String in
                    try await observe("answer", kind: .chain) { _ in
                        try await mistral.chat.complete(
                            model: "mistral-small-latest", messages: [.user("Best French painter?")]
                        ).text ?? ""
                    }
                }
                let app = Application(router: router)
                try await app.test(.router) { client in
                    try await client.execute(
                        uri: "/painter", method: .get,
                        headers: [.init("traceparent")!: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"]
                    ) { response in
                        #expect(response.status == .ok)
                    }
                }
            }
        }
        let request = try #require(spans.first { $0.kind == .server })
        let answer = try spans.named("answer")
        let chat = try spans.named("chat mistral-small-latest")
        #expect(request.traceID.hex == "0af7651916cd43dd8448eb211c80319c")
        #expect(request.parentSpanID?.hex == "b7ad6b7169203331")
        #expect(request.isLocalRoot)
        #expect(answer.parentSpanID == request.spanID)
        #expect(chat.parentSpanID == answer.spanID)
        #expect(chat.traceID == request.traceID)
    }
}
