import CompressNIO
import NIOCore
import OrderedJSON
import Testing
import WindsockStore

@testable import WindsockServer

/// Gzip of `bytes`.
func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    var buffer = ByteBuffer(bytes: bytes)
    let compressed = try buffer.compress(with: .gzip())
    return Array(compressed.readableBytesView)
}

@Suite("POST /v1/traces errors")
struct IngestErrorTests {
    @Test("unknown content type is 415")
    func unsupportedType() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let answer = try await caller.send(.post, "/v1/traces", headers: [.contentType: "text/plain"], body: [1])
            #expect(answer.status == .unsupportedMediaType)
            #expect(try answer.json()["code"] == 3)
            let missing = try await caller.send(.post, "/v1/traces", body: [1])
            #expect(missing.status == .unsupportedMediaType)
        }
    }

    @Test("unknown content encoding is 415")
    func unsupportedEncoding() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let answer = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/x-protobuf", .contentEncoding: "br"],
                body: [1])
            #expect(answer.status == .unsupportedMediaType)
            #expect(answer.headers[.contentType] == "application/x-protobuf")
        }
    }

    @Test("a body over the limit is 413, as sent and once inflated")
    func tooLarge() async throws {
        let configuration = WindsockServerConfiguration(
            address: ServerAddress(port: 0), maximumBodyBytes: 16 * 1024, maximumDecompressedBytes: 64 * 1024)
        let bomb = try gzip([UInt8](repeating: 0, count: 8 * 1024 * 1024))
        #expect(bomb.count < 16 * 1024)
        try await withTestServer(store: InMemoryTraceStore(), configuration: configuration, setup: .live) { caller in
            let large = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/json"],
                body: [UInt8](repeating: 32, count: 20_000))
            #expect(large.status == .contentTooLarge)
            let inflated = try await caller.send(
                .post, "/v1/traces", headers: [.contentType: "application/json", .contentEncoding: "gzip"], body: bomb)
            #expect(inflated.status == .contentTooLarge)
            #expect(try inflated.json()["message"]?.stringValue?.contains("inflates") == true)
        }
    }

    @Test("corrupt gzip is 400")
    func corruptGzip() async throws {
        try await withTestServer(store: InMemoryTraceStore()) { caller in
            let valid = try gzip(Array(#"{"resourceSpans":[]}"#.utf8))
            for body in [Array("not gzip at all".utf8), Array(valid.prefix(valid.count / 2))] {
                let answer = try await caller.send(
                    .post, "/v1/traces", headers: [.contentType: "application/json", .contentEncoding: "gzip"],
                    body: body)
                #expect(answer.status == .badRequest)
                #expect(try answer.json()["code"] == 3)
            }
        }
    }

    @Test("a saturated write queue is 503 with Retry-After")
    func saturated() async throws {
        let gate = WriteGate(limit: 1, depth: ServerMetrics().queueDepth)
        #expect(await gate.enter())
        #expect(await !gate.enter())
        await gate.leave()
        #expect(await gate.enter())
    }
}
