import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@testable import WindsockServer

@Suite("GET /api/v1/traces and /api/v1/traces/{trace_id}")
struct TraceRoutesTests {
    @Test("lists newest first with every summary field, and pages with the cursor")
    func listsAndPages() async throws {
        let store = InMemoryTraceStore()
        for trace in 1...3 {
            _ = try await store.write(
                SampleTraces.chat(trace: UInt64(trace), at: Int64(trace) * 1000), project: .default)
        }
        try await withTestServer(store: store) { caller in
            let first = try await caller.get("/api/v1/traces?limit=2")
            #expect(first.status == .ok)
            #expect(first.headers[.contentType] == "application/json; charset=utf-8")
            let json = try first.json()
            let data = try #require(json["data"]?.arrayValue)
            #expect(
                data.map { $0["trace_id"]?.stringValue } == [
                    TraceID(high: 0xABCD, low: 3).hex, TraceID(high: 0xABCD, low: 2).hex,
                ])
            let summary = data[0]
            #expect(summary["name"] == "answer question")
            #expect(summary["start_time"] == "2026-01-01T00:00:03.000000Z")
            #expect(summary["duration_ms"] == 900.0)
            #expect(summary["status"] == "ok")
            #expect(summary["span_count"] == 2)
            #expect(summary["input_tokens"] == 12)
            #expect(summary["output_tokens"] == 3)
            #expect(summary["total_tokens"] == 15)
            #expect(summary["cost_usd"]?.doubleValue == 0.000_003)
            #expect(summary["models"] == ["mistral-small-2506"])
            #expect(summary["user_id"] == "u1")
            #expect(summary["session_id"] == "s1")
            #expect(summary["tags"] == ["demo"])
            let cursor = try #require(json["next_cursor"]?.stringValue)
            let second = try await caller.get("/api/v1/traces?limit=2&cursor=\(cursor)").json()
            #expect(
                second["data"]?.arrayValue?.map { $0["trace_id"]?.stringValue } == [TraceID(high: 0xABCD, low: 1).hex])
            #expect(second["next_cursor"] == .null)
        }
    }

    @Test("passes every filter to the store")
    func filters() async throws {
        let store = InMemoryTraceStore()
        try await withTestServer(store: store) { caller in
            let answer = try await caller.get(
                "/api/v1/traces?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00%2B01:00&model=mistral-large-latest"
                    + "&status=error&user_id=u+1&session_id=s1&tag=demo&name=root&q=capital+city&limit=1000")
            #expect(answer.status == .ok)
        }
        let query = try #require(await store.lastTraceQuery)
        #expect(query.from == RFC3339.parse("2026-01-01T00:00:00Z"))
        #expect(query.to == RFC3339.parse("2026-01-01T23:00:00Z"))
        #expect(query.model == "mistral-large-latest")
        #expect(query.status == .error)
        #expect(query.userID == "u 1")
        #expect(query.sessionID == "s1")
        #expect(query.tag == "demo")
        #expect(query.name == "root")
        #expect(query.text == "capital city")
        #expect(query.limit == 1000)
        #expect(query.project == .default)
    }

    @Test(
        "a bad parameter is a 400 naming it",
        arguments: [
            ("limit=0", "limit"), ("limit=1001", "limit"), ("limit=x", "limit"), ("status=maybe", "status"),
            ("from=yesterday", "from"), ("to=2026-01-01", "to"), ("cursor=nonsense", "cursor"),
            ("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to"),
        ])
    func badParameter(query: String, name: String) async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let answer = try await caller.get("/api/v1/traces?\(query)")
            #expect(answer.status == .badRequest)
            let json = try answer.json()
            #expect(json["error"]?["code"] == "invalid_parameter")
            #expect(json["error"]?["message"]?.stringValue?.contains("'\(name)'") == true)
        }
    }

    @Test("one trace with spans (parents first), span fields and scores")
    func detail() async throws {
        let store = InMemoryTraceStore()
        let spans = SampleTraces.chat(trace: 7)
        _ = try await store.write(spans.reversed(), project: .default)
        let traceID = spans[0].traceID
        try await store.addScore(
            Score(id: "s-1", traceID: traceID, name: "helpful", value: .boolean(true), createdAt: SampleTraces.time(5)),
            project: .default)
        try await withTestServer(store: store) { caller in
            let answer = try await caller.get("/api/v1/traces/\(traceID.hex.uppercased())")
            #expect(answer.status == .ok)
            let json = try answer.json()
            #expect(json["trace_id"]?.stringValue == traceID.hex)
            let spanList = try #require(json["spans"]?.arrayValue)
            #expect(spanList.count == 2)
            #expect(spanList[0]["parent_span_id"] == .null)
            let chat = spanList[1]
            #expect(chat["parent_span_id"]?.stringValue == spans[0].spanID.hex)
            #expect(chat["kind"] == "llm")
            #expect(chat["model"] == "mistral-small-2506")
            #expect(chat["request_model"] == "mistral-small-latest")
            #expect(chat["operation"] == "chat")
            #expect(chat["provider"] == "mistral_ai")
            #expect(chat["parameters"] == ["temperature": 0.2])
            #expect(chat["input_tokens"] == 12)
            #expect(chat["total_tokens"] == 15)
            #expect(chat["time_to_first_token_ms"] == 120.0)
            #expect(chat["finish_reasons"] == ["stop"])
            #expect(chat["prompt"]?["name"] == "capital")
            #expect(chat["duration_ms"] == 700.0)
            #expect(chat["attributes"]?["gen_ai.request.model"] == "mistral-small-latest")
            #expect(chat["events"]?.arrayValue?.first?["name"] == "exception")
            #expect(chat["output"]?.arrayValue?.first?["finish_reason"] == "stop")
            #expect(json["scores"]?.arrayValue?.first?["value"] == true)
        }
    }

    @Test("unknown trace is 404, malformed id is 400")
    func missing() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let unknown = try await caller.get("/api/v1/traces/\(String(repeating: "ab", count: 16))")
            #expect(unknown.status == .notFound)
            #expect(try unknown.json()["error"]?["code"] == "not_found")
            let malformed = try await caller.get("/api/v1/traces/xyz")
            #expect(malformed.status == .badRequest)
            #expect(try malformed.errorMessage()?.contains("'trace_id'") == true)
        }
    }

    @Test("a failing store is a 500 JSON error without internals")
    func storeFailure() async throws {
        struct DiskFull: Error {}
        let store = InMemoryTraceStore()
        await store.fail(with: DiskFull())
        try await withTestServer(store: store) { caller in
            let answer = try await caller.get("/api/v1/traces")
            #expect(answer.status == .internalServerError)
            #expect(try answer.json()["error"]?["code"] == "internal_error")
            #expect(try answer.errorMessage()?.contains("DiskFull") == false)
        }
    }

    @Test("unknown routes are JSON 404s, other methods on known paths 405s")
    func unknownRoute() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let answer = try await caller.get("/api/v1/nothing")
            #expect(answer.status == .notFound)
            #expect(try answer.json()["error"]?["code"] == "not_found")
            let wrongMethod = try await caller.send(.delete, "/api/v1/traces/\(String(repeating: "ab", count: 16))")
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow] == "GET")
            #expect(try wrongMethod.json()["error"]?["code"] == "method_not_allowed")
            let scores = try await caller.send(.put, "/api/v1/scores")
            #expect(scores.headers[.allow] == "POST, GET")
        }
    }
}
