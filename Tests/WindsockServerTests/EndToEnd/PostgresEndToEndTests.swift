import HTTPTypes
import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel
import WindsockStore

@testable import WindsockServer

@Suite("PostgreSQL end to end")
struct PostgresEndToEndTests {
    @Test("keys, ingest of protobuf and gzipped JSON, listing, detail, scores and metrics on PostgreSQL")
    func endToEnd() async throws {
        let database = try await TestStore.postgres()
        do {
            let issuer = APIKeyIssuer(keys: database.store.keys)
            let project = try #require(ProjectID(rawValue: "shop"))
            let ingest = try await issuer.create(project: project, scope: .ingest, name: "collector").secret.text
            let read = try await issuer.create(project: project, scope: .read, name: "ui").secret.text
            try await withTestServer(store: database.store) { caller in
                let protobuf = try await caller.send(
                    .post, "/v1/traces", key: ingest, headers: [.contentType: "application/x-protobuf"],
                    body: try Fixtures.body("mistralai-native/tool_call.pb"))
                #expect(protobuf.status == .ok)
                let json = try await caller.send(
                    .post, "/v1/traces", key: ingest,
                    headers: [.contentType: "application/json", .contentEncoding: "gzip"],
                    body: try gzip(try Fixtures.body("openinference/error.json")))
                #expect(json.status == .ok)
                #expect(try await caller.get("/api/v1/traces").status == .unauthorized)
                let list = try await caller.get("/api/v1/traces", key: read).json()
                let traces = try #require(list["data"]?.arrayValue)
                let expected = try TraceIngestor().ingest(
                    try Fixtures.body("mistralai-native/tool_call.pb"), as: .protobuf)
                #expect(traces.count == Set(expected.spans.map(\.traceID)).count + 1)
                let toolTrace = try #require(expected.spans.first?.traceID)
                let detail = try await caller.get("/api/v1/traces/\(toolTrace.hex)", key: read).json()
                #expect(detail["spans"]?.arrayValue?.first?["kind"] == "llm")
                let score = try await caller.postJSON(
                    "/api/v1/scores", ["trace_id": .string(toolTrace.hex), "name": "thumbs", "value": true], key: ingest
                )
                #expect(score.status == .created)
                let scores = try await caller.get("/api/v1/scores?trace_id=\(toolTrace.hex)", key: read).json()
                #expect(scores["data"]?.arrayValue?.count == 1)
                let failed = try await caller.get("/api/v1/traces?status=error", key: read).json()
                #expect(failed["data"]?.arrayValue?.count == 1)
                let metrics = try await caller.get(
                    "/api/v1/metrics?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&interval=36500d&group_by=model",
                    key: read)
                #expect(metrics.status == .ok)
                let buckets = try #require(try metrics.json()["data"]?.arrayValue)
                #expect(buckets.reduce(0) { $0 + ($1["count"]?.intValue ?? 0) } >= 2)
            }
        } catch {
            try? await database.finish()
            throw error
        }
        try await database.finish()
    }
}
