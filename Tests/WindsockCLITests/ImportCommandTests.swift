import Foundation
import OrderedJSON
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `windsock import` of files larger than the server's body limit.
@Suite("windsock import")
struct ImportCommandTests {
    /// One OTLP/JSON request of `spans` spans of one trace, each with a `payload` attribute of `payloadBytes`.
    private func request(traceID: String, spans: Int, payloadBytes: Int) -> String {
        let payload = String(repeating: "x", count: payloadBytes)
        let spanTexts = (0..<spans).map { index in
            let spanID = String(format: "%016x", index + 1)
            let start = 1_767_225_600_000_000_000 + index * 1_000_000
            return """
                {"traceId":"\(traceID)","spanId":"\(spanID)","name":"step \(index)","kind":1,\
                "startTimeUnixNano":"\(start)","endTimeUnixNano":"\(start + 500_000)",\
                "attributes":[{"key":"payload","value":{"stringValue":"\(payload)"}}]}
                """
        }
        return """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"big"}}]},\
            "scopeSpans":[{"scope":{"name":"import-tests"},"spans":[\(spanTexts.joined(separator: ","))]}]}]}
            """
    }

    @Test("a 40 MB OTLP/JSON document, above the server's 32 MiB body limit, imports gzip-compressed")
    func largeDocumentImports() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let traceID = String(repeating: "4b", count: 16)
        let file = folder.appendingPathComponent("big.json")
        let document = request(traceID: traceID, spans: 40, payloadBytes: 1_000_000)
        #expect(document.utf8.count > 40_000_000)
        try Data(document.utf8).write(to: file)
        try await LiveServer.with(sqlite: folder.appendingPathComponent("big.sqlite").path) { url in
            let imported = try await CLIProcess.run(["import", file.path, "--url", url])
            #expect(imported.status == 0, "\(imported.error)")
            #expect(imported.error.contains("Imported 1 request (40 spans) into \(url)."), "\(imported.error)")
            let (data, _) = try await URLSession.shared.data(
                from: try #require(URL(string: url + "/api/v1/traces/" + traceID)))
            #expect(try JSONParser.parse(Array(data))["spans"]?.arrayValue?.count == 40)
        }
    }

    @Test("a request too large even compressed: the error names its line and size, and what came before is kept")
    func tooLargeRequestIsNamed() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.jsonl")
        let small = request(traceID: String(repeating: "5c", count: 16), spans: 1, payloadBytes: 10)
        // 140 MB of JSON: above the 128 MiB the server decompresses, however well it compresses.
        let huge = request(traceID: String(repeating: "6d", count: 16), spans: 14, payloadBytes: 10_000_000)
        try Data((small + "\n" + huge + "\n").utf8).write(to: file)
        try await LiveServer.with(sqlite: folder.appendingPathComponent("huge.sqlite").path) { url in
            let imported = try await CLIProcess.run(["import", file.path, "--url", url])
            #expect(imported.status != 0)
            #expect(imported.error.contains("huge.jsonl, line 2: the request is 140.0 MB ("), "\(imported.error)")
            #expect(imported.error.contains("HTTP 413"))
            #expect(imported.error.contains("Split it into smaller requests"))
            #expect(imported.error.contains("1 request before it was imported."))
            let (data, _) = try await URLSession.shared.data(
                from: try #require(URL(string: url + "/api/v1/traces?limit=10")))
            #expect(try JSONParser.parse(Array(data))["data"]?.arrayValue?.count == 1)
        }
    }
}
