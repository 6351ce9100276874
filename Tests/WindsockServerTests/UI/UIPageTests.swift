import Foundation
import HTTPTypes
import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@testable import WindsockServer

/// The UI's pages, rendered by the server in process over stores with known traces.
@Suite("Web UI pages")
struct UIPageTests {
    @Test("the trace list shows traces with their totals, links, and a strict CSP")
    func traceList() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 1), project: .default)
        _ = try await store.write(SampleTraces.chat(trace: 2, at: 5000, failing: true), project: .default)
        try await withTestServer(store: store) { caller in
            let answer = try await caller.get("/")
            #expect(answer.status == .ok)
            #expect(answer.headers[.contentType] == "text/html; charset=utf-8")
            let csp = try #require(answer.headers[.contentSecurityPolicy])
            #expect(csp.contains("script-src 'self'"))
            #expect(!csp.contains("unsafe-inline"))
            let page = answer.text
            #expect(page.contains("href=\"/traces/\(TraceID(high: 0xABCD, low: 1).hex)\""))
            #expect(page.contains("href=\"/traces/\(TraceID(high: 0xABCD, low: 2).hex)\""))
            #expect(page.contains("mistral-small-2506"))
            #expect(page.contains("<span class=\"status error\">error</span>"))
            #expect(page.contains("href=\"/sessions?id=s1\""))
            #expect(page.contains("data-live=\"/ui/fragments/traces\""))
        }
    }

    @Test("an empty store shows how to send the first trace")
    func emptyState() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let page = try await caller.get("/").text
            #expect(page.contains("No traces yet"))
            #expect(page.contains("try Windsock.bootstrap()"))
            #expect(page.contains("OTEL_EXPORTER_OTLP_ENDPOINT="))
            #expect(page.contains("/v1/traces"))
            #expect(page.contains("Project <strong>default</strong>"))
        }
    }

    @Test("a browser on a page that does not exist gets a page; API clients get JSON")
    func unknownPages() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let page = try await caller.send(.get, "/no-such-page", headers: [.accept: "text/html,*/*"])
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("No page at /no-such-page"))
            let api = try await caller.send(.get, "/api/v1/nothing", headers: [.accept: "text/html,*/*"])
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType]?.hasPrefix("application/json") == true)
            let plain = try await caller.get("/no-such-page")
            #expect(plain.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test("filters come from the URL; a wrong one is a clear 400")
    func filters() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 1), project: .default)
        _ = try await store.write(SampleTraces.chat(trace: 2, at: 5000, failing: true), project: .default)
        try await withTestServer(store: store) { caller in
            let errors = try await caller.get("/?status=error").text
            #expect(errors.contains(TraceID(high: 0xABCD, low: 2).hex))
            #expect(!errors.contains(TraceID(high: 0xABCD, low: 1).hex))
            #expect(errors.contains("<option value=\"error\" selected=\"\">error</option>"))
            let none = try await caller.get("/?user_id=nobody").text
            #expect(none.contains("No trace matches these filters"))
            let bad = try await caller.get("/?status=maybe")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Status must be ok or error."))
            let custom = try await caller.get("/?from=2026-01-01T00:00:03").text
            #expect(custom.contains(TraceID(high: 0xABCD, low: 2).hex))
            #expect(!custom.contains(TraceID(high: 0xABCD, low: 1).hex))
            #expect(custom.contains("<option value=\"custom\" selected=\"\">"))
            #expect(custom.contains("name=\"from\" value=\"2026-01-01T00:00:03\""))
            let badRange = try await caller.get("/?range=custom&from=yesterday")
            #expect(badRange.status == .badRequest)
            #expect(badRange.text.contains("&#39;From&#39; is not a time"))
        }
    }

    @Test("more than a page of traces gives an Older link whose cursor continues the listing")
    func paging() async throws {
        let store = InMemoryTraceStore()
        for index in 1...(TraceFilters.pageSize + 5) {
            _ = try await store.write(
                SampleTraces.chat(trace: UInt64(index), at: Int64(index) * 1000), project: .default)
        }
        try await withTestServer(store: store) { caller in
            let first = try await caller.get("/").text
            #expect(first.components(separatedBy: "class=\"trace-link\"").count - 1 == TraceFilters.pageSize)
            let next = try #require(first.firstMatch(between: "<a href=\"/?cursor=", and: "\""))
            let second = try await caller.get("/?cursor=\(next)").text
            #expect(second.components(separatedBy: "class=\"trace-link\"").count - 1 == 5)
            #expect(second.contains(TraceID(high: 0xABCD, low: 1).hex))
            #expect(!second.contains("data-live="))
        }
    }

    @Test("the trace page shows the span tree, waterfall, messages, tokens, cost, TTFT and attributes")
    func tracePage() async throws {
        let store = InMemoryTraceStore()
        let spans = SampleTraces.chat(trace: 1)
        _ = try await store.write(spans, project: .default)
        try await withTestServer(store: store) { caller in
            let path = "/traces/\(spans[0].traceID.hex)?span=\(spans[1].spanID.hex)"
            let page = try await caller.get(path).text
            #expect(page.contains("data-span-id=\"\(spans[0].spanID.hex)\""))
            #expect(page.contains("data-depth=\"1\" data-span-id=\"\(spans[1].spanID.hex)\""))
            #expect(page.contains("class=\"ttft\""))
            #expect(page.contains("<div class=\"message user\" data-role=\"user\">"))
            #expect(page.contains("Capital of France?"))
            #expect(page.contains("12 in · 3 out · 15 total"))
            #expect(page.contains("$0.000003"))
            #expect(page.contains("<dt>Time to first token</dt><dd>120 ms</dd>"))
            #expect(page.contains("gen_ai.request.model"))
            #expect(page.contains("href=\"/sessions?id=s1\""))
            #expect(page.contains("<dt>param temperature</dt><dd>0.2</dd>"))
            let missing = try await caller.get("/traces/\(TraceID(high: 9, low: 9).hex)")
            #expect(missing.status == .notFound)
            #expect(try await caller.get("/traces/not-hex").status == .notFound)
        }
    }

    @Test("a 10,000-span trace pages its span rows; a 1 MB message is cut with a link to all of it")
    func bigTrace() async throws {
        let store = InMemoryTraceStore()
        let traceID = TraceID(high: 0xB16, low: 1)
        let big = String(repeating: "word ", count: 210_000)
        var spans = [
            Span(
                traceID: traceID, spanID: SpanID(1), name: "root", kind: .agent, startTime: SampleTraces.time(0),
                endTime: SampleTraces.time(20_000), input: .string(big))
        ]
        for index in 2...10_000 {
            spans.append(
                Span(
                    traceID: traceID, spanID: SpanID(UInt64(index)), parentSpanID: SpanID(UInt64(max(1, index / 2))),
                    name: "step \(index)", kind: .tool, startTime: SampleTraces.time(Int64(index)),
                    endTime: SampleTraces.time(Int64(index) + 5)))
        }
        _ = try await store.write(spans, project: .default)
        try await withTestServer(store: store) { caller in
            let page = try await caller.get("/traces/\(traceID.hex)").text
            #expect(page.components(separatedBy: "class=\"span-link\"").count - 1 == TracePage.spansPerPage)
            #expect(page.contains("Spans 1–500 of 10,000"))
            #expect(page.contains("Showing 20,000 of 1,050,000 characters."))
            #expect(page.utf8.count < 600_000)
            let last = try await caller.get("/traces/\(traceID.hex)?page=20").text
            #expect(last.components(separatedBy: "class=\"span-link\"").count - 1 == 500)
            let full = try await caller.get("/traces/\(traceID.hex)?span=\(SpanID(1).hex)&full=1").text
            #expect(full.utf8.count > 1_050_000)
            #expect(!full.contains("Showing 20,000"))
        }
    }

    @Test("sessions list and conversation view")
    func sessions() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 1), project: .default)
        _ = try await store.write(SampleTraces.chat(trace: 2, at: 5000), project: .default)
        try await withTestServer(store: store) { caller in
            let list = try await caller.get("/sessions").text
            #expect(list.contains("href=\"/sessions?id=s1\""))
            #expect(list.contains("<td class=\"num\">2</td>"))
            let session = try await caller.get("/sessions?id=s1").text
            #expect(session.components(separatedBy: "data-role=\"user\"").count - 1 == 2)
            #expect(session.contains("What is the capital of France?"))
            #expect(session.contains("Paris"))
            #expect(try await caller.get("/sessions?id=nope").status == .notFound)
        }
    }

    @Test("the dashboard draws charts with axes and tooltips, and top tables")
    func dashboard() async throws {
        let sqlite = try await TestStore.sqlite()
        let store = sqlite.store
        let now = Timestamp(Date())
        let traceID = TraceID(high: 0xDA5, low: 1)
        _ = try await store.write(
            [
                Span(
                    traceID: traceID, spanID: SpanID(1), name: "chat small", kind: .llm,
                    startTime: Timestamp(nanosecondsSinceEpoch: now.nanosecondsSinceEpoch - 600_000_000_000),
                    endTime: Timestamp(nanosecondsSinceEpoch: now.nanosecondsSinceEpoch - 599_000_000_000),
                    requestModel: "mistral-small-latest", usage: TokenUsage(inputTokens: 100, outputTokens: 20),
                    costUSD: 0.002)
            ], project: .default)
        try await withTestServer(store: store) { caller in
            let page = try await caller.get("/dashboard?range=1h").text
            for title in ["Requests", "Errors", "Latency", "Input tokens", "Output tokens", "Cost"] {
                #expect(page.contains("data-chart=\"\(title)\""))
            }
            #expect(page.contains("<title>mistral-small-latest · "))
            #expect(page.contains("Models by cost"))
            #expect(page.contains("<td>chat small</td>"))
            #expect(try await caller.get("/dashboard?range=2y").status == .badRequest)
        }
        try await sqlite.finish()
    }

    @Test("assets are served from the binary with caching")
    func assets() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let css = try await caller.get(UIAssets.stylePath)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            let script = try await caller.get(UIAssets.scriptPath)
            #expect(script.text.contains("data-live"))
            #expect(script.headers[.cacheControl]?.contains("immutable") == true)
        }
    }
}

extension TestAnswer {
    var text: String { String(decoding: body, as: UTF8.self) }
}

extension String {
    /// The text between the first `start` and the next `end`.
    func firstMatch(between start: String, and end: String) -> String? {
        guard let lower = range(of: start)?.upperBound, let upper = self[lower...].range(of: end)?.lowerBound else {
            return nil
        }
        return String(self[lower..<upper])
    }
}

@Suite("Web UI feedback filter")
struct UIFeedbackFilterTests {
    @Test("the list filters on thumbs up, thumbs down or any score, and pages exactly")
    func feedbackFilter() async throws {
        let store = InMemoryTraceStore()
        for index in 1...5 {
            _ = try await store.write(
                SampleTraces.chat(trace: UInt64(index), at: Int64(index) * 1000), project: .default)
        }
        func vote(_ trace: UInt64, _ up: Bool) async throws {
            try await store.addScore(
                Score(
                    id: "s\(trace)", traceID: TraceID(high: 0xABCD, low: trace), name: FeedbackForm.scoreName,
                    value: .boolean(up), createdAt: SampleTraces.time(0)), project: .default)
        }
        try await vote(2, true)
        try await vote(4, true)
        try await vote(3, false)
        @Sendable func ids(_ page: String) -> [String] {
            page.components(separatedBy: "data-trace-id=\"").dropFirst().map { String($0.prefix(32)) }
        }
        try await withTestServer(store: store) { caller in
            let up = try await caller.get("/?feedback=up").text
            #expect(ids(up) == [TraceID(high: 0xABCD, low: 4).hex, TraceID(high: 0xABCD, low: 2).hex])
            #expect(up.contains("<option value=\"up\" selected=\"\">"))
            let down = try await caller.get("/?feedback=down").text
            #expect(ids(down) == [TraceID(high: 0xABCD, low: 3).hex])
            let any = try await caller.get("/?feedback=any").text
            #expect(ids(any).count == 3)
            let bad = try await caller.get("/?feedback=maybe")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Feedback must be up, down or any."))
        }
    }

    @Test("a boolean evaluation shows as name: value, only user feedback as a thumb")
    func booleanEvaluationsAreNotVotes() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 1, at: 1000), project: .default)
        let traceID = TraceID(high: 0xABCD, low: 1)
        try await store.addScore(
            Score(
                id: "eval", traceID: traceID, name: "is_correct", value: .boolean(false),
                createdAt: SampleTraces.time(0)), project: .default)
        try await withTestServer(store: store) { caller in
            for path in ["/", "/traces/\(traceID.hex)"] {
                let page = try await caller.get(path).text
                #expect(page.contains("is_correct: false"), "\(path)")
                #expect(!page.contains("▼ down"), "\(path)")
            }
        }
    }
}
