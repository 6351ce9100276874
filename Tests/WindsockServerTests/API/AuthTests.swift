import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel
import WindsockStore

@testable import WindsockServer

@Suite("Projects and keys")
struct AuthTests {
    /// A store with traces in projects `alpha` and `beta`, and keys for them.
    struct Fixture {
        let store: InMemoryTraceStore
        let alphaIngest: String
        let alphaRead: String
        let betaRead: String
        let revoked: String
        let alphaTrace: TraceID

        static func make() async throws -> Fixture {
            let keys = InMemoryKeyStore()
            let store = InMemoryTraceStore(keys: keys)
            let issuer = APIKeyIssuer(keys: keys)
            let alpha = try #require(ProjectID(rawValue: "alpha"))
            let beta = try #require(ProjectID(rawValue: "beta"))
            let alphaIngest = try await issuer.create(project: alpha, scope: .ingest, name: nil).secret.text
            let alphaRead = try await issuer.create(project: alpha, scope: .read, name: "ui").secret.text
            let betaRead = try await issuer.create(project: beta, scope: .read, name: nil).secret.text
            let old = try await issuer.create(project: alpha, scope: .read, name: "old")
            #expect(try await issuer.revoke(id: old.record.id))
            let alphaSpans = SampleTraces.chat(trace: 1)
            _ = try await store.write(alphaSpans, project: alpha)
            _ = try await store.write(SampleTraces.chat(trace: 2), project: beta)
            return Fixture(
                store: store, alphaIngest: alphaIngest, alphaRead: alphaRead, betaRead: betaRead,
                revoked: old.secret.text, alphaTrace: alphaSpans[0].traceID)
        }
    }

    @Test("keys are stored hashed, with a recognisable prefix")
    func hashed() async throws {
        let keys = InMemoryKeyStore()
        let created = try await APIKeyIssuer(keys: keys).create(
            project: try #require(ProjectID(rawValue: "p")), scope: .ingest, name: "ci")
        #expect(created.secret.text.hasPrefix("wsk_ingest_"))
        #expect(created.secret.text.count == "wsk_ingest_".count + 48)
        #expect(created.record.secretHash == created.secret.hash)
        #expect(created.record.secretHash.count == 64)
        #expect(!created.record.secretHash.contains(created.secret.text))
        #expect(created.record.prefix == String(created.secret.text.prefix(15)))
        #expect(try await keys.key(secretHash: created.secret.hash)?.name == "ci")
        #expect(try await keys.projects().map(\.id.rawValue) == ["p"])
    }

    @Test("every route but /healthz needs a key once keys exist")
    func missingKey() async throws {
        let fixture = try await Fixture.make()
        try await withTestServer(store: fixture.store) { caller in
            for path in [
                "/api/v1/traces", "/api/v1/traces/\(fixture.alphaTrace.hex)", "/api/v1/sessions/s1",
                "/api/v1/metrics", "/api/v1/scores?trace_id=\(fixture.alphaTrace.hex)", "/metrics",
                "/api/v1/openapi.json",
            ] {
                let answer = try await caller.get(path)
                #expect(answer.status == .unauthorized, "\(path)")
                #expect(answer.headers[.wwwAuthenticate] == "Bearer")
                #expect(try answer.json()["error"]?["code"] == "unauthorized")
            }
            let otlp = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/x-protobuf"], body: [])
            #expect(otlp.status == .unauthorized)
            #expect(otlp.headers[.contentType] == "application/x-protobuf")
            #expect(otlp.body.first == 0x08 && otlp.body.dropFirst().first == 16)
            #expect(try await caller.get("/healthz").status == .ok)
            #expect(try await caller.get("/api/v1/traces", key: "wsk_read_nope").status == .unauthorized)
            let revoked = try await caller.get("/api/v1/traces", key: fixture.revoked)
            #expect(revoked.status == .unauthorized)
            #expect(try revoked.errorMessage()?.contains("revoked") == true)
            let notBearer = try await caller.send(.get, "/api/v1/traces", headers: [.authorization: "Basic abc"])
            #expect(notBearer.status == .unauthorized)
        }
    }

    @Test("scopes: ingest keys send traces and scores, read keys read and score")
    func scopes() async throws {
        let fixture = try await Fixture.make()
        try await withTestServer(store: fixture.store) { caller in
            let ingestReads = try await caller.get("/api/v1/traces", key: fixture.alphaIngest)
            #expect(ingestReads.status == .forbidden)
            #expect(try ingestReads.json()["error"]?["code"] == "forbidden")
            let readSends = try await caller.send(
                .post, "/v1/traces", key: fixture.alphaRead, headers: [.contentType: "application/json"],
                body: Array("{}".utf8))
            #expect(readSends.status == .forbidden)
            #expect(try readSends.json()["code"] == 7)
            let score: JSONValue = ["trace_id": .string(fixture.alphaTrace.hex), "name": "thumbs", "value": true]
            #expect(try await caller.postJSON("/api/v1/scores", score, key: fixture.alphaIngest).status == .created)
            #expect(try await caller.postJSON("/api/v1/scores", score, key: fixture.alphaRead).status == .created)
            #expect(try await caller.get("/metrics", key: fixture.alphaRead).status == .ok)
        }
    }

    @Test("a key of one project never reads another's")
    func isolation() async throws {
        let fixture = try await Fixture.make()
        try await withTestServer(store: fixture.store) { caller in
            let alphaList = try await caller.get("/api/v1/traces", key: fixture.alphaRead).json()
            #expect(alphaList["data"]?.arrayValue?.map { $0["trace_id"]?.stringValue } == [fixture.alphaTrace.hex])
            let betaList = try await caller.get("/api/v1/traces", key: fixture.betaRead).json()
            #expect(betaList["data"]?.arrayValue?.count == 1)
            #expect(betaList["data"]?.arrayValue?.first?["trace_id"]?.stringValue != fixture.alphaTrace.hex)
            #expect(
                try await caller.get("/api/v1/traces/\(fixture.alphaTrace.hex)", key: fixture.betaRead).status
                    == .notFound)
            #expect(
                try await caller.get("/api/v1/traces/\(fixture.alphaTrace.hex)", key: fixture.alphaRead).status == .ok)
            let score: JSONValue = ["trace_id": .string(fixture.alphaTrace.hex), "name": "n", "value": 1]
            #expect(try await caller.postJSON("/api/v1/scores", score, key: fixture.alphaIngest).status == .created)
            let betaScores = try await caller.get(
                "/api/v1/scores?trace_id=\(fixture.alphaTrace.hex)", key: fixture.betaRead)
            #expect(try betaScores.json()["data"] == [])
            let alphaScores = try await caller.get(
                "/api/v1/scores?trace_id=\(fixture.alphaTrace.hex)", key: fixture.alphaRead)
            #expect(try alphaScores.json()["data"]?.arrayValue?.count == 1)
        }
    }

    @Test("open on loopback without keys, as project default")
    func openOnLoopback() async throws {
        let store = InMemoryTraceStore()
        _ = try await store.write(SampleTraces.chat(trace: 9), project: .default)
        try await withTestServer(store: store) { caller in
            let list = try await caller.get("/api/v1/traces").json()
            #expect(list["data"]?.arrayValue?.count == 1)
        }
    }

    @Test("refuses a network address without keys unless insecure")
    func startupCheck() async throws {
        let network = ServerAddress(host: "0.0.0.0", port: 0)
        let store = InMemoryTraceStore()
        let refused = WindsockServer(store: store, configuration: .init(address: network), logger: quietLogger)
        await #expect(throws: ServerStartupError.self) { try await refused.checkAccess() }
        let insecure = WindsockServer(
            store: store, configuration: .init(address: network, insecure: true), logger: quietLogger)
        try await insecure.checkAccess()
        let loopback = WindsockServer(store: store, configuration: .init(port: 0), logger: quietLogger)
        try await loopback.checkAccess()
        let fixture = try await Fixture.make()
        let withKeys = WindsockServer(store: fixture.store, configuration: .init(address: network), logger: quietLogger)
        try await withKeys.checkAccess()
    }

    @Test("insecure on a network address without keys serves project default openly")
    func insecureServesOpen() async throws {
        let store = InMemoryTraceStore()
        let configuration = WindsockServerConfiguration(
            address: ServerAddress(host: "0.0.0.0", port: 0), insecure: true)
        try await withTestServer(store: store, configuration: configuration) { caller in
            let answer = try await caller.get("/api/v1/traces")
            #expect(answer.status == .ok)
        }
        let closed = WindsockServerConfiguration(address: ServerAddress(host: "0.0.0.0", port: 0))
        try await withTestServer(store: store, configuration: closed) { caller in
            let answer = try await caller.get("/api/v1/traces")
            #expect(answer.status == .unauthorized)
        }
    }
}
