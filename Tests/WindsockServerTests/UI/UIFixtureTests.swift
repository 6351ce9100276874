import HTTPTypes
import Testing
import WindsockModel
import WindsockStore

@testable import WindsockServer

/// Traces from Python instrumentations (OpenInference, OpenLLMetry, the Mistral SDK's own tracing) show as
/// well as Windsock's own.
@Suite("Web UI with instrumentations' traces")
struct UIFixtureTests {
    @Test("every recorded fixture's trace page shows all its spans and the selected span's messages")
    func fixturePages() async throws {
        let store = InMemoryTraceStore()
        try await withTestServer(store: store) { caller in
            for name in Fixtures.all where name.hasSuffix(".pb") {
                let answer = try await caller.send(
                    .post, "/v1/traces", headers: [.contentType: Fixtures.contentType(name).rawValue],
                    body: try Fixtures.body(name))
                #expect(answer.status == .ok, "\(name)")
            }
            let page = try await store.traces(TraceQuery(project: .default, limit: 1000))
            #expect(page.traces.count >= 20)
            var chats = 0
            for trace in page.traces {
                let detail = try #require(try await store.trace(trace.traceID, project: .default))
                for span in detail.spans {
                    let answer = try await caller.get("/traces/\(trace.traceID.hex)?span=\(span.spanID.hex)")
                    #expect(answer.status == .ok)
                    let text = answer.text
                    #expect(text.components(separatedBy: "class=\"span-link\"").count - 1 == detail.spans.count)
                    if span.kind == .llm, let input = span.input, MessagesView.isChat(input) {
                        #expect(text.contains("<div class=\"message user\" data-role=\"user\">"), "\(span.name)")
                        chats += 1
                    }
                }
            }
            #expect(chats >= 10)
        }
    }
}
