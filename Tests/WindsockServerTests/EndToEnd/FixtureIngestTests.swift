import HTTPTypes
import OpenTelemetryProto
import OrderedJSON
import SwiftProtobuf
import Testing
import WindsockIngest
import WindsockModel
import WindsockStore

@testable import WindsockServer

@Suite("Real OTLP bodies in, the API out")
struct FixtureIngestTests {
    /// Posts a fixture (gzipped when asked) and checks that every span the ingestor makes of it reads back
    /// through the API, with its kind, model, tokens, status and parent.
    @Test("every fixture, as sent and gzipped", arguments: Fixtures.all, [false, true])
    func fixture(name: String, gzipped: Bool) async throws {
        let body = try Fixtures.body(name)
        let contentType = Fixtures.contentType(name)
        let expected = try TraceIngestor().ingest(body, as: contentType)
        #expect(!expected.spans.isEmpty)
        let store = try await TestStore.make()
        try await withTestServer(store: store.store) { caller in
            var headers: HTTPFields = [.contentType: contentType.rawValue]
            if gzipped { headers[.contentEncoding] = "gzip" }
            let answer = try await caller.send(
                .post, "/v1/traces", headers: headers, body: gzipped ? try gzip(body) : body)
            #expect(answer.status == .ok)
            #expect(answer.headers[.contentType] == contentType.rawValue)
            if contentType == .protobuf {
                let response = try Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceResponse(
                    serializedBytes: answer.body)
                #expect(response.partialSuccess.rejectedSpans == 0)
            }
            let byTrace = Dictionary(grouping: expected.spans, by: \.traceID)
            for (traceID, spans) in byTrace {
                let detail = try await caller.get("/api/v1/traces/\(traceID.hex)")
                #expect(detail.status == .ok, "\(name) \(traceID)")
                let json = try detail.json()
                #expect(json["span_count"]?.intValue == spans.count)
                let served = try #require(json["spans"]?.arrayValue)
                #expect(Set(served.compactMap { $0["span_id"]?.stringValue }) == Set(spans.map(\.spanID.hex)))
                for span in spans {
                    let match = try #require(served.first { $0["span_id"]?.stringValue == span.spanID.hex })
                    #expect(match["kind"]?.stringValue == span.kind.rawValue)
                    #expect(match["model"] == .optional(span.model))
                    #expect(match["input_tokens"] == .optional(span.usage.inputTokens))
                    #expect(match["output_tokens"] == .optional(span.usage.outputTokens))
                    #expect(match["status"]?.stringValue == span.status.rawValue)
                    #expect(match["parent_span_id"] == .optional(span.parentSpanID?.hex))
                    #expect(match["input"] == (span.input ?? .null))
                    #expect(match["output"] == (span.output ?? .null))
                    #expect(match["attributes"] == .object(span.attributes))
                }
                let listed = try await caller.get("/api/v1/traces?limit=1000").json()
                #expect(listed["data"]?.arrayValue?.contains { $0["trace_id"]?.stringValue == traceID.hex } == true)
            }
            let again = try await caller.send(
                .post, "/v1/traces", headers: headers, body: gzipped ? try gzip(body) : body)
            #expect(again.status == .ok)
            let list = try await caller.get("/api/v1/traces?limit=1000").json()
            #expect(list["data"]?.arrayValue?.count == byTrace.count)
        }
        try await store.finish()
    }

    /// Two chat calls of 12+7 and 13+11 tokens inside `app.pipeline`. OpenLLMetry's trace also holds the
    /// `mistralai` SDK's own span of each call (a sibling its span encloses in time): the trace still counts the
    /// calls' tokens once, as with the other instrumentations, and the metrics count two calls.
    @Test(
        "nested calls' tokens count once in the trace and the metrics",
        arguments: ["openllmetry/nested.pb", "openinference/nested.pb", "mistralai-native/nested.pb"])
    func nestedTotals(name: String) async throws {
        let store = try await TestStore.make()
        try await withTestServer(store: store.store) { caller in
            let answer = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: Fixtures.contentType(name).rawValue],
                body: try Fixtures.body(name))
            #expect(answer.status == .ok)
            let listed = try await caller.get("/api/v1/traces?name=app.pipeline").json()
            let trace = try #require(listed["data"]?.arrayValue?.first)
            #expect(trace["input_tokens"] == 25)
            #expect(trace["output_tokens"] == 18)
            #expect(trace["total_tokens"] == 43)
            let metrics = try await caller.get(
                "/api/v1/metrics?from=2026-11-20T00:00:00Z&to=2026-11-30T00:00:00Z&interval=864000"
            ).json()
            let buckets = try #require(metrics["data"]?.arrayValue)
            #expect(buckets.reduce(0) { $0 + ($1["count"]?.intValue ?? 0) } == 2)
            #expect(buckets.reduce(0) { $0 + ($1["input_tokens"]?.intValue ?? 0) } == 25)
            // Prometheus's GenAI histograms count the calls of one request once too.
            let prometheus = String(decoding: try await caller.get("/metrics").body, as: UTF8.self)
            #expect(Self.sum(of: "gen_ai_client_operation_duration_seconds_count", in: prometheus) == 2)
            #expect(
                Self.sum(of: "gen_ai_client_token_usage_sum", label: #"gen_ai_token_type="input""#, in: prometheus)
                    == 25)
            #expect(
                Self.sum(of: "gen_ai_client_token_usage_sum", label: #"gen_ai_token_type="output""#, in: prometheus)
                    == 18)
        }
        try await store.finish()
    }

    /// The sum of the samples of `metric` (over every label set holding `label`, when given) in Prometheus text.
    private static func sum(of metric: String, label: String? = nil, in text: String) -> Double {
        text.split(separator: "\n").reduce(0) { total, line in
            guard line.hasPrefix(metric + "{"), label.map({ line.contains($0) }) ?? true,
                let value = line.split(separator: " ").last.flatMap({ Double($0) })
            else { return total }
            return total + value
        }
    }

    @Test("the Mistral SDK's chat and an OpenInference error read back with their essentials")
    func essentials() async throws {
        let store = try await TestStore.make()
        try await withTestServer(store: store.store) { caller in
            for name in ["mistralai-native/chat.pb", "openinference/error.json"] {
                let answer = try await caller.send(
                    .post, "/v1/traces", headers: [.contentType: Fixtures.contentType(name).rawValue],
                    body: try Fixtures.body(name))
                #expect(answer.status == .ok)
            }
            let chat = try await caller.get("/api/v1/traces/2c1505a46e7e68eae5b4faa63b802e01").json()
            let span = try #require(chat["spans"]?.arrayValue?.first)
            #expect(span["kind"] == "llm")
            #expect(span["provider"] == "mistral_ai")
            #expect(span["request_model"] == "mistral-small-latest")
            #expect((span["input_tokens"]?.intValue ?? 0) > 0)
            #expect(span["input"]?.arrayValue?.isEmpty == false)
            #expect(chat["models"]?.arrayValue?.isEmpty == false)
            let errors = try await caller.get("/api/v1/traces?status=error").json()
            let failed = try #require(errors["data"]?.arrayValue?.first)
            #expect(failed["status"] == "error")
            #expect(failed["error_count"] == 1)
            let detail = try await caller.get("/api/v1/traces/\(failed["trace_id"]?.stringValue ?? "")").json()
            #expect(
                detail["spans"]?.arrayValue?.first?["status_message"]?.stringValue?.contains("Invalid model") == true)
        }
        try await store.finish()
    }

    @Test("invalid spans are rejected with partial_success, the others stored")
    func partialSuccess() async throws {
        let traceID = "5b8efff798038103d269b633813fc60c"
        let body = """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"t"}}]},
            "scopeSpans":[{"scope":{"name":"test"},"spans":[
            {"traceId":"\(traceID)","spanId":"eee19b7ec3c1b174","name":"kept","kind":1,
             "startTimeUnixNano":"1767225600000000000","endTimeUnixNano":"1767225601000000000"},
            {"traceId":"\(traceID)","spanId":"abcd","name":"bad id","kind":1,
             "startTimeUnixNano":"1767225600000000000","endTimeUnixNano":"1767225601000000000"}]}]}]}
            """
        let store = try await TestStore.make()
        try await withTestServer(store: store.store) { caller in
            let json = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/json"], body: Array(body.utf8))
            #expect(json.status == .ok)
            let answer = try json.json()
            #expect(answer["partialSuccess"]?["rejectedSpans"]?.stringValue == "1")
            #expect(answer["partialSuccess"]?["errorMessage"]?.stringValue?.isEmpty == false)
            let detail = try await caller.get("/api/v1/traces/\(traceID)").json()
            #expect(detail["spans"]?.arrayValue?.map { $0["name"]?.stringValue } == ["kept"])

            let request = try Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest(
                jsonUTF8Bytes: Array(
                    #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b175","name":"short","startTimeUnixNano":"2","endTimeUnixNano":"1"}]}]}]}"#
                        .utf8))
            let protobuf = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/x-protobuf"],
                body: try request.serializedBytes())
            #expect(protobuf.status == .ok)
            let response = try Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceResponse(
                serializedBytes: protobuf.body)
            #expect(response.partialSuccess.rejectedSpans == 1)
        }
        try await store.finish()
    }

    @Test("a malformed body is 400 with a google.rpc.Status in the request's encoding")
    func malformed() async throws {
        let store = try await TestStore.make()
        try await withTestServer(store: store.store) { caller in
            let json = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/json"],
                body: Array("{\"resourceSpans\":".utf8))
            #expect(json.status == .badRequest)
            #expect(try json.json()["code"] == 3)
            #expect(try json.json()["message"]?.stringValue?.isEmpty == false)
            let protobuf = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/x-protobuf"], body: [0x0A, 0xFF, 0x01, 0x00])
            #expect(protobuf.status == .badRequest)
            #expect(protobuf.headers[.contentType] == "application/x-protobuf")
            #expect(protobuf.body.prefix(2) == [0x08, 3])
        }
        try await store.finish()
    }
}
