import ArgumentParser
import Logging
import WindsockIngest
import WindsockServer

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `windsock server`: the collector, REST API and metrics, on one port, until SIGINT or SIGTERM.
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Run the Windsock server: OTLP/HTTP ingest, the REST API and Prometheus metrics on one port.",
        discussion: """
            Environment: WINDSOCK_HOST, WINDSOCK_PORT, WINDSOCK_DATABASE_URL (flags win).

            On a loopback address with no API keys, the server is open (project `default`). \
            Bound to any other address it needs keys (`windsock keys create`) unless \
            --insecure is given.

            Examples:
              # Serve .windsock/windsock.sqlite on 127.0.0.1:4318.
              windsock server
              # Many apps, one PostgreSQL, 30 days of traces.
              windsock server --host 0.0.0.0 --retention-days 30 \\
                  --postgres-url postgres://windsock@db/windsock
              # Any OpenTelemetry SDK then sends here with its defaults.
              OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 python app.py
            """
    )

    @Option(help: "The address to bind (default 127.0.0.1, or WINDSOCK_HOST).")
    var host: String?

    @Option(help: "The port (default 4318, OTLP/HTTP's; 0 picks a free one; or WINDSOCK_PORT).")
    var port: Int?

    @OptionGroup var storage: StorageOptions

    @Option(name: .customLong("retention-days"), help: "Delete traces older than this many days (checked hourly).")
    var retentionDays: Int?

    @Flag(help: "Serve a non-loopback address without API keys (anyone who can connect may read and write).")
    var insecure = false

    @Option(
        help: ArgumentHelp(
            "A price table JSON file overriding Mistral's list prices for costs computed on ingest (or "
                + "WINDSOCK_PRICES_FILE; WINDSOCK_PRICES holds the JSON itself).",
            valueName: "file"))
    var prices: String?

    @Option(name: .customLong("max-body-mb"), help: "The largest request body accepted, in MiB (default 32).")
    var maximumBodyMegabytes: Int = 32

    @Option(
        name: .customLong("max-decompressed-mb"),
        help: "The largest OTLP body accepted once gunzipped, in MiB (default 128).")
    var maximumDecompressedMegabytes: Int = 128

    @Option(
        name: .customLong("max-in-flight-writes"),
        help: "Batches handed to the store at once before answering 503 with Retry-After (default 64).")
    var maximumInFlightWrites: Int = 64

    mutating func validate() throws {
        if let port = resolvedPort, !(0...65_535).contains(port) {
            throw ValidationError("The port must be between 0 and 65535.")
        }
        if let retentionDays, retentionDays < 1 {
            throw ValidationError("--retention-days must be at least 1.")
        }
        guard maximumBodyMegabytes >= 1, maximumDecompressedMegabytes >= maximumBodyMegabytes,
            maximumInFlightWrites >= 1
        else {
            throw ValidationError(
                "Limits must be positive, and --max-decompressed-mb at least --max-body-mb.")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var logger = Logger(label: "windsock.server")
        logger.logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let address = ServerAddress(
            host: host ?? environment["WINDSOCK_HOST"] ?? "127.0.0.1", port: resolvedPort ?? 4318)
        let configuration = WindsockServerConfiguration(
            address: address,
            maximumBodyBytes: maximumBodyMegabytes * 1024 * 1024,
            maximumDecompressedBytes: maximumDecompressedMegabytes * 1024 * 1024,
            maximumInFlightWrites: maximumInFlightWrites,
            retentionDays: retentionDays,
            insecure: insecure)
        let prices = try ServerPrices.table(file: self.prices, environment: environment)
        let location = storage.location
        let store = try await location.open(logger: logger)
        let server = WindsockServer(
            store: store, configuration: configuration, ingestor: TraceIngestor(prices: prices), logger: logger)
        do {
            try await server.checkAccess()
        } catch {
            try? await store.close()
            throw error
        }
        do {
            try await server.run { port in
                let url = "http://\(ServerAddress(host: address.host, port: port))"
                Console.output("Windsock server listening on \(url) (\(location))")
                Console.output("Traces: \(url)/   API: \(url)/api/v1/traces   OTLP: \(url)/v1/traces")
            }
        } catch  where PortInUse.matches(error) {
            throw CommandFailure(
                PortInUse.message(service: "Windsock server", host: address.host, port: address.port, flag: "--port"))
        }
    }

    private var resolvedPort: Int? {
        port ?? ProcessInfo.processInfo.environment["WINDSOCK_PORT"].flatMap { Int($0) }
    }
}
