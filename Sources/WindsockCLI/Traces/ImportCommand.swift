import ArgumentParser
import CompressNIO
import Foundation
import NIOCore
import OrderedJSON

/// `windsock import FILE`: sends a file of traces to a server's OTLP endpoint.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import traces from OTLP/JSON or Windsock JSON Lines into a running server.",
        discussion: """
            The file is either what `windsock traces export` writes (jsonl or otlp), one \
            OTLP/JSON ExportTraceServiceRequest (a whole file, as OpenTelemetry's file \
            exporters write), or one such request per line. The whole file is checked \
            before anything is sent: a malformed line stops the import with its line \
            number and nothing is sent. Each request then goes to POST /v1/traces, \
            gzip-compressed; the scores of Windsock traces (jsonl) are re-created with \
            POST /api/v1/scores (with new ids and times; importing the same file twice \
            adds its scores twice). A progress bar shows on a terminal.

            Examples:
              windsock import traces.jsonl
              windsock import traces.otlp.jsonl --url http://windsock.internal:4318 \\
                  --key wsk_…
              windsock import collector-output.json
            """
    )

    @OptionGroup var connection: ServerConnection

    @Argument(help: "The file to import.")
    var file: String

    func run() async throws {
        let client = try connection.client()
        guard let data = FileManager.default.contents(atPath: file) else { throw TraceFileError.cannotRead(file) }
        let requests = try Self.requests(in: Array(data), file: file)
        guard !requests.isEmpty else { throw TraceFileError.empty(file) }
        guard await client.isHealthy() else {
            throw APIClientError.unreachable(url: client.baseURL, reason: "GET /healthz did not answer 200")
        }
        let progress = ProgressBar(label: "Importing", total: requests.count)
        var spans = 0
        var scores = 0
        for (index, request) in requests.enumerated() {
            let body = Array(request.value.compactString.utf8)
            let compressed = try Self.gzip(body)
            do {
                try await client.post(
                    "/v1/traces", body: compressed, contentType: "application/json", contentEncoding: "gzip")
            } catch APIClientError.status(413, let url, let message) {
                progress.finish()
                throw CommandFailure(
                    """
                    \(file), \(request.location): the request is \(Formatting.bytes(body.count)) \
                    (\(Formatting.bytes(compressed.count)) gzip-compressed), more than the server at \(url) accepts in \
                    one request (HTTP 413: \(message)).
                    Split it into smaller requests (one trace per line, as `windsock traces export` writes, or \
                    fewer spans per OTLP request) and import that part again. \
                    \(Formatting.count(index, "request")) before it \(index == 1 ? "was" : "were") imported.
                    """)
            }
            spans += Self.spanCount(request.value)
            for score in request.scores {
                try await client.post(
                    "/api/v1/scores", body: Array(score.compactString.utf8), contentType: "application/json")
            }
            scores += request.scores.count
            progress.advance()
        }
        progress.finish()
        let scoreCount = scores > 0 ? ", \(Formatting.count(scores, "score"))" : ""
        Console.error(
            "Imported \(Formatting.count(requests.count, "request")) (\(Formatting.count(spans, "span"))\(scoreCount)) into \(client.baseURL)."
        )
    }

    /// One OTLP request of a file, and where in the file it is (for errors).
    struct Request {
        /// `line 3`, `item 2 of the JSON array`, or `the JSON document`.
        var location: String
        var value: JSONValue
        /// The scores of a Windsock trace, as `POST /api/v1/scores` bodies.
        var scores: [JSONValue] = []

        init(location: String, item: JSONValue, file: String, line: Int) throws {
            self.location = location
            value = try ImportCommand.request(from: item, file: file, line: line)
            if item["resourceSpans"] == nil {
                scores = (item["scores"]?.arrayValue ?? []).compactMap(ImportCommand.scoreBody)
            }
        }
    }

    /// The OTLP requests of a file: the whole file as one JSON document (a request, a trace, or an array of
    /// them), else one per non-blank line. Windsock traces are converted; anything else is an error naming its line.
    static func requests(in bytes: [UInt8], file: String) throws -> [Request] {
        if let whole = try? JSONParser.parse(bytes) {
            guard let items = whole.arrayValue else {
                return [try Request(location: "the JSON document", item: whole, file: file, line: 1)]
            }
            return try items.enumerated().map { index, item in
                try Request(location: "item \(index + 1) of the JSON array", item: item, file: file, line: 1)
            }
        }
        var requests: [Request] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { ![UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains($0) })
            else { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(line))
            } catch {
                throw TraceFileError.malformed(file: file, line: index + 1, reason: "not JSON (\(error))")
            }
            requests.append(try Request(location: "line \(index + 1)", item: value, file: file, line: index + 1))
        }
        return requests
    }

    /// `bytes` compressed with gzip: OTLP/JSON shrinks about tenfold, so files far above the server's body limit
    /// import in one request per trace or document.
    private static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        var buffer = ByteBuffer(bytes: bytes)
        do {
            buffer = try buffer.compress(with: .gzip())
        } catch {
            throw CommandFailure("Could not gzip a request of \(Formatting.bytes(bytes.count)): \(error)")
        }
        return Array(buffer.readableBytesView)
    }

    /// `value` as an OTLP request: as it is when it is one, converted when it is a Windsock trace.
    fileprivate static func request(from value: JSONValue, file: String, line: Int) throws -> JSONValue {
        if value["resourceSpans"] != nil { return value }
        guard value["spans"] != nil else {
            throw TraceFileError.malformed(
                file: file, line: line, reason: "neither an OTLP request (resourceSpans) nor a Windsock trace (spans)")
        }
        do {
            return try OTLPJSONBuilder.request(for: value)
        } catch {
            throw TraceFileError.malformed(file: file, line: line, reason: "\(error)")
        }
    }

    /// A score as the API writes it, as a `POST /api/v1/scores` body: its id and time are the new server's.
    static func scoreBody(_ score: JSONValue) -> JSONValue? {
        guard let members = score.objectValue?.members, score["trace_id"] != nil, score["name"] != nil else {
            return nil
        }
        let kept = members.filter { !["id", "created_at"].contains($0.key) && !$0.value.isNull }
        return .object(JSONObject(kept.map { ($0.key, $0.value) }))
    }

    private static func spanCount(_ request: JSONValue) -> Int {
        (request["resourceSpans"]?.arrayValue ?? []).reduce(0) { total, resource in
            total
                + (resource["scopeSpans"]?.arrayValue ?? []).reduce(0) { $0 + ($1["spans"]?.arrayValue?.count ?? 0) }
        }
    }
}
