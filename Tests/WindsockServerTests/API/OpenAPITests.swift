import HTTPTypes
import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@testable import WindsockServer

@Suite("OpenAPI document")
struct OpenAPITests {
    let document = OpenAPIDocument.json

    @Test("describes exactly the registered routes")
    func everyRouteDocumented() throws {
        let server = WindsockServer(store: InMemoryTraceStore(), logger: quietLogger)
        let paths = try #require(document["paths"]?.objectValue)
        var documented: Set<RouteDescriptor> = []
        for member in paths.members {
            for operation in member.value.objectValue?.keys ?? [] {
                let method = try #require(HTTPRequest.Method(operation.uppercased()))
                documented.insert(RouteDescriptor(method: method, path: member.key))
            }
        }
        #expect(Set(server.routes) == documented)
        #expect(server.routes.count == documented.count)
        #expect(document["openapi"] == "3.1.0")
    }

    @Test("every $ref resolves and every operation has an id")
    func referencesResolve() throws {
        func references(_ value: JSONValue) -> [String] {
            switch value {
            case .object(let object):
                return (object["$ref"]?.stringValue.map { [$0] } ?? [])
                    + object.members.flatMap { references($0.value) }
            case .array(let elements): return elements.flatMap(references)
            default: return []
            }
        }
        let schemas = try #require(document["components"]?["schemas"]?.objectValue)
        for reference in references(document) {
            #expect(schemas[String(reference.dropFirst("#/components/schemas/".count))] != nil, "\(reference)")
        }
        let ids = try #require(document["paths"]?.objectValue).members.flatMap { path in
            path.value.objectValue?.members.compactMap { $0.value["operationId"]?.stringValue } ?? []
        }
        #expect(Set(ids).count == ids.count)
    }

    @Test("real answers of every route validate against the documented schemas")
    func answersConform() async throws {
        let store = InMemoryTraceStore()
        let spans = SampleTraces.chat(trace: 3, at: 0) + SampleTraces.chat(trace: 4, at: 2000, failing: true)
        _ = try await store.write(spans, project: .default)
        let traceID = spans[0].traceID.hex
        let validator = SchemaValidator(document: document)
        let exercised = try await withTestServer(store: store) { caller -> Set<RouteDescriptor> in
            var exercised: Set<RouteDescriptor> = []
            func check(_ method: HTTPRequest.Method, _ template: String, _ uri: String, _ answer: TestAnswer) throws {
                exercised.insert(RouteDescriptor(method: method, path: template))
                let operation = try #require(document["paths"]?[template]?[method.rawValue.lowercased()])
                let responses = try #require(operation["responses"])
                let documented = try #require(
                    responses[String(answer.status.code)], "\(uri): \(answer.status) not documented")
                let contentType = answer.headers[.contentType]?.split(separator: ";").first.map(String.init) ?? ""
                let schema = try #require(documented["content"]?[contentType]?["schema"], "\(uri): \(contentType)")
                guard contentType.hasSuffix("json") else { return }
                let problems = validator.problems(try answer.json(), schema)
                #expect(problems.isEmpty, "\(method) \(uri): \(problems)")
            }
            let score: JSONValue = ["trace_id": .string(traceID), "name": "quality", "value": "good"]
            try check(.post, "/api/v1/scores", "/api/v1/scores", try await caller.postJSON("/api/v1/scores", score))
            try check(
                .post, "/api/v1/scores", "/api/v1/scores (bad)",
                try await caller.postJSON("/api/v1/scores", ["name": 1]))
            let requests: [(String, String)] = [
                ("/api/v1/traces", "/api/v1/traces?limit=1"),
                ("/api/v1/traces", "/api/v1/traces?status=error&q=capital"),
                ("/api/v1/traces", "/api/v1/traces?limit=-1"),
                ("/api/v1/traces/{trace_id}", "/api/v1/traces/\(traceID)"),
                ("/api/v1/traces/{trace_id}", "/api/v1/traces/\(String(repeating: "0f", count: 16))"),
                ("/api/v1/traces/{trace_id}", "/api/v1/traces/nope"),
                ("/api/v1/sessions/{session_id}", "/api/v1/sessions/s1"),
                ("/api/v1/sessions/{session_id}", "/api/v1/sessions/none"),
                ("/api/v1/metrics", "/api/v1/metrics?from=2026-01-01T00:00:00Z&to=2026-01-01T02:00:00Z&interval=1h"),
                ("/api/v1/metrics", "/api/v1/metrics?group_by=x"),
                ("/api/v1/scores", "/api/v1/scores?trace_id=\(traceID)"),
                ("/api/v1/scores", "/api/v1/scores?trace_id=1"),
                ("/healthz", "/healthz"),
                ("/metrics", "/metrics"),
                ("/api/v1/openapi.json", "/api/v1/openapi.json"),
            ]
            for (template, uri) in requests {
                try check(.get, template, uri, try await caller.get(uri))
            }
            let export = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/json"],
                body: Array(#"{"resourceSpans":[]}"#.utf8))
            try check(.post, "/v1/traces", "/v1/traces", export)
            let unsupported = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "text/plain"], body: [1])
            try check(.post, "/v1/traces", "/v1/traces (text/plain)", unsupported)
            return exercised
        }
        let server = WindsockServer(store: store, logger: quietLogger)
        #expect(exercised == Set(server.routes))
    }
}
