import ArgumentParser
import Foundation
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
            number and nothing is sent. Each request then goes to POST /v1/traces; a \
            progress bar shows on a terminal.

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
        for request in requests {
            spans += Self.spanCount(request)
            try await client.post(
                "/v1/traces", body: Array(request.compactString.utf8), contentType: "application/json")
            progress.advance()
        }
        progress.finish()
        Console.error("Imported \(requests.count) requests (\(spans) spans) into \(client.baseURL).")
    }

    /// The OTLP requests of a file: the whole file as one JSON document (a request, a trace, or an array of
    /// them), else one per non-blank line. Windsock traces are converted; anything else is an error naming its line.
    static func requests(in bytes: [UInt8], file: String) throws -> [JSONValue] {
        if let whole = try? JSONParser.parse(bytes) {
            return try (whole.arrayValue ?? [whole]).map { try request(from: $0, file: file, line: 1) }
        }
        var requests: [JSONValue] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { ![UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains($0) })
            else { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(line))
            } catch {
                throw TraceFileError.malformed(file: file, line: index + 1, reason: "not JSON (\(error))")
            }
            requests.append(try request(from: value, file: file, line: index + 1))
        }
        return requests
    }

    /// `value` as an OTLP request: as it is when it is one, converted when it is a Windsock trace.
    private static func request(from value: JSONValue, file: String, line: Int) throws -> JSONValue {
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

    private static func spanCount(_ request: JSONValue) -> Int {
        (request["resourceSpans"]?.arrayValue ?? []).reduce(0) { total, resource in
            total
                + (resource["scopeSpans"]?.arrayValue ?? []).reduce(0) { $0 + ($1["spans"]?.arrayValue?.count ?? 0) }
        }
    }
}
