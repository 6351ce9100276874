import ArgumentParser
import OrderedJSON

/// `windsock traces export`: every trace matching the filters, as JSON Lines or OTLP/JSON, to a file or stdout.
struct TracesExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export traces with their spans as JSON Lines or OTLP/JSON (to import elsewhere).",
        discussion: """
            jsonl writes one trace per line as the API answers it (spans, scores, every \
            raw attribute); otlp writes one OTLP ExportTraceServiceRequest per line, which \
            any OpenTelemetry backend accepts, but OTLP has no place for scores: the otlp \
            format leaves them out. Both import back with `windsock import` (jsonl with \
            its scores). A progress bar shows on a terminal.

            Examples:
              windsock traces export --output traces.jsonl
              windsock traces export --format otlp --from 2026-01-01T00:00:00Z \\
                  --output january.otlp.jsonl
              windsock traces export --status error | gzip > errors.jsonl.gz
            """
    )

    @OptionGroup var connection: ServerConnection
    @OptionGroup var filters: TraceFilterOptions

    @Option(
        help:
            "jsonl (one API trace per line with its scores, the default) or otlp (one OTLP/JSON request per line, no scores)."
    )
    var format: TraceFileFormat = .jsonl

    @Option(name: [.short, .long], help: "The file to write (default: standard output).")
    var output: String?

    @Option(help: "Export at most this many traces, newest first (default: all that match).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() async throws {
        let client = try connection.client()
        let summaries = try await TracePager(client: client, filters: filters.queryItems).summaries(limit: limit)
        var writer = try TraceFileWriter(path: output)
        let progress = ProgressBar(label: "Exporting", total: summaries.count)
        var exported = 0
        for summary in summaries {
            guard let id = summary["trace_id"]?.stringValue else { continue }
            let trace: JSONValue
            do {
                trace = try await client.getJSON("/api/v1/traces/\(id)")
            } catch APIClientError.notFound {
                continue  // deleted by retention since it was listed
            }
            let record = format == .jsonl ? trace : try OTLPJSONBuilder.request(for: trace)
            try writer.write(line: record.compactString)
            exported += 1
            progress.advance()
        }
        try writer.finish()
        progress.finish()
        Console.error("Exported \(exported) traces as \(format.rawValue)\(output.map { " to \($0)" } ?? "").")
    }
}
