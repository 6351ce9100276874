import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@testable import WindsockServer

@Suite("Sessions, metrics and scores")
struct SessionMetricsScoreTests {
    @Test("a session's traces, oldest first; unknown session is 404")
    func session() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 2, at: 5000), project: .default)
        _ = try await store.write(SampleTraces.chat(trace: 1, at: 1000), project: .default)
        try await withTestServer(store: store) { caller in
            let json = try await caller.get("/api/v1/sessions/s1").json()
            #expect(json["session_id"] == "s1")
            #expect(
                json["data"]?.arrayValue?.map { $0["trace_id"]?.stringValue } == [
                    TraceID(high: 0xABCD, low: 1).hex, TraceID(high: 0xABCD, low: 2).hex,
                ])
            #expect(try await caller.get("/api/v1/sessions/other").status == .notFound)
        }
    }

    @Test("metrics buckets and their parameters")
    func metrics() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 1, at: 0), project: .default)
        _ = try await store.write(SampleTraces.chat(trace: 2, at: 30_000, failing: true), project: .default)
        try await withTestServer(store: store) { caller in
            let answer = try await caller.get(
                "/api/v1/metrics?from=2026-01-01T00:00:00Z&to=2026-01-01T01:00:00Z&interval=1h&group_by=model")
            #expect(answer.status == .ok)
            let json = try answer.json()
            #expect(json["interval_seconds"] == 3600)
            #expect(json["group_by"] == "model")
            let bucket = try #require(json["data"]?.arrayValue?.first)
            #expect(bucket["count"] == 2)
            #expect(bucket["errors"] == 1)
            #expect(bucket["p50_ms"] == 700.0)
            #expect(bucket["input_tokens"] == 24)
            #expect(bucket["total_tokens"] == 30)
            #expect(bucket["start_time"] == "2026-01-01T00:00:00.000000Z")
            for (query, name) in [
                ("interval=30s", "interval"), ("interval=abc", "interval"), ("group_by=day", "group_by"),
                ("from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&interval=1m", "interval"), ("to=now", "to"),
            ] {
                let bad = try await caller.get("/api/v1/metrics?\(query)")
                #expect(bad.status == .badRequest, "\(query)")
                #expect(try bad.errorMessage()?.contains("'\(name)'") == true, "\(query)")
            }
            #expect(try await caller.get("/api/v1/metrics").status == .ok)
        }
        let query = try #require(await store.lastMetricsQuery)
        #expect(query.intervalSeconds == 3600)
        // The last 24 hours, from the start of the hour: buckets fall on the hour.
        let hour: Int64 = 3_600 * 1_000_000_000
        let range = query.to.nanosecondsSinceEpoch - query.from.nanosecondsSinceEpoch
        #expect(query.from.nanosecondsSinceEpoch % hour == 0)
        #expect(range >= 24 * hour && range < 25 * hour)
    }

    @Test("scores are created on traces and spans and listed")
    func scores() async throws {
        let store = InMemoryTraceStore()
        let traceID = TraceID(high: 1, low: 2).hex
        try await withTestServer(store: store) { caller in
            let created = try await caller.postJSON(
                "/api/v1/scores",
                [
                    "trace_id": .string(traceID), "span_id": "00000000000000aa", "name": "correctness", "value": 0.75,
                    "comment": "mostly right", "source": "llm", "author": "mistral-large-latest",
                ])
            #expect(created.status == .created)
            let score = try created.json()
            #expect(score["data_type"] == "numeric")
            #expect(score["value"] == 0.75)
            #expect(score["source"] == "llm")
            #expect(score["span_id"] == "00000000000000aa")
            #expect(score["id"]?.stringValue?.count == 36)
            let thumbs = try await caller.postJSON(
                "/api/v1/scores", ["trace_id": .string(traceID), "name": "thumbs", "value": true])
            #expect(try thumbs.json()["source"] == "human")
            #expect(try thumbs.json()["data_type"] == "boolean")
            let list = try await caller.get("/api/v1/scores?trace_id=\(traceID)").json()
            #expect(list["data"]?.arrayValue?.map { $0["name"]?.stringValue } == ["correctness", "thumbs"])
            #expect(try await caller.get("/api/v1/scores").status == .badRequest)
        }
    }

    @Test(
        "bad score bodies name the field",
        arguments: [
            (#"{"name":"x","value":1}"#, "trace_id"),
            (#"{"trace_id":"00000000000000000000000000000001","value":1}"#, "name"),
            (#"{"trace_id":"00000000000000000000000000000001","name":"x"}"#, "value"),
            (#"{"trace_id":"00000000000000000000000000000001","name":"x","value":[1]}"#, "value"),
            (#"{"trace_id":"00000000000000000000000000000001","name":"x","value":1,"source":"bot"}"#, "source"),
            (#"{"trace_id":"00000000000000000000000000000001","name":"x","value":1,"span_id":"zz"}"#, "span_id"),
            (
                #"{"trace_id":"00000000000000000000000000000001","name":"x","value":"good","data_type":"numeric"}"#,
                "value"
            ),
            (#"{"trace_id":"00000000000000000000000000000001","name":"x","value":1,"comment":5}"#, "comment"),
        ])
    func badScore(body: String, field: String) async throws {
        let store = InMemoryTraceStore()
        try await withTestServer(store: store) { caller in
            let answer = try await caller.send(
                .post, "/api/v1/scores", headers: [.contentType: "application/json"], body: Array(body.utf8))
            #expect(answer.status == .badRequest)
            #expect(try answer.errorMessage()?.contains("'\(field)'") == true)
        }
        #expect(try await store.scores(traceID: TraceID(high: 0, low: 1), project: .default).isEmpty)
    }

    @Test("a score body that is not JSON is a 400")
    func notJSON() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let answer = try await caller.send(.post, "/api/v1/scores", body: Array("{nope".utf8))
            #expect(answer.status == .badRequest)
            #expect(try answer.json()["error"]?["code"] == "invalid_body")
        }
    }

    @Test("health answers without a key")
    func health() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let answer = try await caller.get("/healthz")
            #expect(answer.status == .ok)
            #expect(try answer.json() == ["status": "ok"])
        }
    }
}
