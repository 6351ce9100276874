import Foundation
import OrderedJSON
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `windsock traces list | show | export` and `windsock import` against live servers.
@Suite("windsock traces and import")
struct TracesCommandTests {
    @Test("list, show, and export → import round-trips in JSON Lines and OTLP/JSON")
    func exportImportRoundTrip() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path: @Sendable (String) -> String = { folder.appendingPathComponent($0).path }
        try await LiveServer.with(sqlite: path("a.sqlite")) { source in
            let demo = try await CLIProcess.run(["demo", "--exit", "--endpoint", source])
            try #require(demo.status == 0, "demo stderr: \(demo.error)")

            let listed = try await CLIProcess.run(["traces", "list", "--url", source, "--json", "--limit", "100"])
            #expect(listed.status == 0, "\(listed.error)")
            let summaries = try JSONParser.parse(listed.output).arrayValue ?? []
            #expect(summaries.count == 13)

            let table = try await CLIProcess.run(["traces", "list", "--url", source, "--status", "error"])
            #expect(table.output.contains("demo.failing_call"))
            #expect(!table.output.contains("demo.simple_chat"))

            let calling = try #require(
                summaries.first { $0["name"]?.stringValue == "demo.function_calling" }?["trace_id"]?.stringValue)
            let shown = try await CLIProcess.run(["traces", "show", calling, "--url", source])
            #expect(shown.status == 0)
            #expect(shown.output.contains("get_weather"))
            #expect(shown.output.contains("chat mistral-small-latest"))
            let shownJSON = try await CLIProcess.run(["traces", "show", calling, "--url", source, "--json"])
            #expect(try JSONParser.parse(shownJSON.output)["spans"]?.arrayValue?.count == 4)

            // Scores on a trace and on a span, and a span whose times and time to first token (from OpenInference's
            // first-token event) have sub-microsecond parts, which the API's text does not show.
            let scored = try #require(summaries.first?["trace_id"]?.stringValue)
            let scoredSpan = try await getJSON(source + "/api/v1/traces/" + scored)["spans"]?.arrayValue?.first?[
                "span_id"]
            for score in [
                #"{"trace_id":"\#(scored)","name":"helpfulness","value":0.8333333333333334,"comment":"ok","author":"ana"}"#,
                #"{"trace_id":"\#(scored)","name":"tone","value":"friendly","source":"llm"}"#,
                #"{"trace_id":"\#(scored)","span_id":"\#(scoredSpan?.stringValue ?? "")","name":"correct","value":true}"#,
            ] {
                try await post(source + "/api/v1/scores", body: score, contentType: "application/json")
            }
            try await post(source + "/v1/traces", body: Self.streamedSpan, contentType: "application/json")
            let streamed = try await getJSON(source + "/api/v1/traces/" + Self.streamedTraceID)
            #expect(streamed["spans"]?.arrayValue?.first?["time_to_first_token_ms"]?.doubleValue == 13.900012)

            for format in ["jsonl", "otlp"] {
                let file = path("export.\(format)")
                let export = try await CLIProcess.run(
                    ["traces", "export", "--url", source, "--format", format, "--output", file])
                #expect(export.status == 0, "\(export.error)")
                #expect(export.error.contains("Exported 14 traces"))
                try await LiveServer.with(sqlite: path("\(format).sqlite")) { target in
                    let imported = try await CLIProcess.run(["import", file, "--url", target])
                    #expect(imported.status == 0, "\(imported.error)")
                    let ids = summaries.compactMap { $0["trace_id"]?.stringValue } + [Self.streamedTraceID]
                    for id in ids {
                        let original = try await getJSON(source + "/api/v1/traces/" + id)
                        let copy = try await getJSON(target + "/api/v1/traces/" + id)
                        // The same spans, times to the microsecond, durations and TTFT to the nanosecond; jsonl
                        // keeps the scores (with new ids and times), otlp has none.
                        let expected = format == "jsonl" ? comparable(original) : comparable(original, scores: false)
                        #expect(comparable(copy) == expected, "\(format): trace \(id) differs after the round trip")
                    }
                    let copiedScores = try await getJSON(target + "/api/v1/traces/" + scored)["scores"]?.arrayValue
                    #expect(copiedScores?.count == (format == "jsonl" ? 3 : 0))
                }
            }
        }
    }

    @Test("errors say what to do: no server, bad URL, bad key, unknown trace, malformed file, port in use")
    func helpfulErrors() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unreachable = try await CLIProcess.run(["traces", "list", "--url", "http://127.0.0.1:9"])
        #expect(unreachable.status != 0)
        #expect(unreachable.error.contains("No Windsock server answered at http://127.0.0.1:9"))
        #expect(unreachable.error.contains("windsock server"))

        let badURL = try await CLIProcess.run(["traces", "list", "--url", "localhost-4318"])
        #expect(badURL.status != 0)
        #expect(badURL.error.contains("is not a server URL"))

        let database = folder.appendingPathComponent("keys.sqlite").path
        let created = try await CLIProcess.run(
            ["keys", "create", "--sqlite", database, "--project", "shop", "--scope", "read"])
        try #require(created.status == 0, "\(created.error)")
        let secret = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
        try await LiveServer.with(sqlite: database) { url in
            let refused = try await CLIProcess.run(["traces", "list", "--url", url, "--key", "wsk_not_a_key"])
            #expect(refused.status != 0)
            #expect(refused.error.contains("refused the API key"))
            #expect(refused.error.contains("windsock keys create"))
            let accepted = try await CLIProcess.run(
                ["traces", "list", "--url", url], environment: ["WINDSOCK_API_KEY": secret])
            #expect(accepted.status == 0, "\(accepted.error)")

            let unknown = try await CLIProcess.run(
                ["traces", "show", String(repeating: "ab", count: 16), "--url", url, "--key", secret])
            #expect(unknown.status != 0)
            #expect(unknown.error.contains("No trace abab"))

            let port = try #require(URL(string: url)?.port)
            let server = try await CLIProcess.run(
                ["server", "--port", String(port), "--sqlite", folder.appendingPathComponent("other.sqlite").path])
            #expect(server.status != 0)
            #expect(server.error.contains("Port \(port) on 127.0.0.1 is already in use"))
            let demo = try await CLIProcess.run(
                ["demo", "--exit", "--port", String(port), "--sqlite", folder.appendingPathComponent("d.sqlite").path])
            #expect(demo.status != 0)
            #expect(demo.error.contains("is already in use"))
        }

        try await LiveServer.with(sqlite: folder.appendingPathComponent("import.sqlite").path) { url in
            let file = folder.appendingPathComponent("bad.jsonl")
            let good = #"{"resourceSpans":[]}"#
            try Data((good + "\n{\"spans\": [{\"span_id\": 1}]}\n").utf8).write(to: file)
            let malformed = try await CLIProcess.run(["import", file.path, "--url", url])
            #expect(malformed.status != 0)
            #expect(malformed.error.contains("line 2"))
            #expect(malformed.error.contains("Nothing was imported"))
            let missing = try await CLIProcess.run([
                "import", folder.appendingPathComponent("none.jsonl").path, "--url", url,
            ])
            #expect(missing.status != 0)
            #expect(missing.error.contains("Cannot read"))
        }
    }

    @Test("every command has --help with examples")
    func helpHasExamples() async throws {
        for command in [
            [], ["demo"], ["server"], ["traces"], ["traces", "list"], ["traces", "show"], ["traces", "export"],
            ["import"], ["mock"], ["keys"], ["keys", "create"], ["keys", "list"], ["keys", "revoke"],
        ] {
            let help = try await CLIProcess.run(command + ["--help"])
            #expect(help.status == 0)
            let name = "windsock \(command.joined(separator: " ")) --help"
            #expect(help.output.contains("Examples:"), "\(name)")
            // What comes before the usage line reads on an 80-column terminal, and no example is broken by the
            // wrapping: every line of the examples is indented.
            let lines = help.output.split(separator: "\n", omittingEmptySubsequences: false)
            let overview = lines.prefix { !$0.hasPrefix("USAGE:") }
            for line in overview {
                #expect(line.count <= 80, "\(name): \(line)")
            }
            let examples = overview.drop { $0 != "Examples:" }.dropFirst().prefix { !$0.isEmpty }
            #expect(!examples.isEmpty, "\(name)")
            for line in examples {
                #expect(line.hasPrefix("  "), "\(name): \(line)")
            }
        }
    }

    /// The trace id of ``streamedSpan``.
    static let streamedTraceID = String(repeating: "7e", count: 16)

    /// A streamed chat span with times to the nanosecond and OpenInference's first-token event 13.900012 ms after
    /// its start.
    static let streamedSpan = """
        {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"py"}}]},\
        "scopeSpans":[{"scope":{"name":"openinference"},"spans":[{"traceId":"\(streamedTraceID)",\
        "spanId":"00000000000000a1","name":"ChatCompletion","kind":3,\
        "startTimeUnixNano":"1767225600123456789","endTimeUnixNano":"1767225600373457788",\
        "attributes":[{"key":"openinference.span.kind","value":{"stringValue":"LLM"}},\
        {"key":"llm.model_name","value":{"stringValue":"mistral-small-latest"}}],\
        "events":[{"timeUnixNano":"1767225600137356801","name":"First Token Stream Event"}]}]}]}]}
        """

    /// `trace` with its scores' ids and times left out (a copy's scores are new), or without scores.
    private func comparable(_ trace: JSONValue, scores: Bool = true) -> JSONValue {
        guard var object = trace.objectValue else { return trace }
        let kept: [JSONValue] =
            scores
            ? (object["scores"]?.arrayValue ?? []).map { score in
                .object(
                    JSONObject(
                        (score.objectValue?.members ?? []).filter { !["id", "created_at"].contains($0.key) }
                            .map { ($0.key, $0.value) }))
            } : []
        object["scores"] = .array(kept)
        return .object(object)
    }

    private func post(_ url: String, body: String, contentType: String) async throws {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        try #require((200..<300).contains(status), "POST \(url) answered \(status)")
    }

    private func getJSON(_ url: String) async throws -> JSONValue {
        let (data, _) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return try JSONParser.parse(Array(data))
    }
}
