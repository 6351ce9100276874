import AsyncHTTPClient
import CompressNIO
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import SwiftProtobuf

/// Exports spans with OTLP/HTTP (protobuf or JSON, gzip) to a Windsock server or any OpenTelemetry backend.
///
/// Retries 429, 502, 503, 504 and connection failures with exponential backoff, honouring `Retry-After`.
/// Its HTTP client has tracing switched off, so exports never make spans of their own.
public final class OTLPHTTPSpanExporter: SpanExporter {
    private let configuration: OTLPExporterConfiguration
    private let resource: WindsockResource
    private let logger: Logger
    private let client: HTTPClient

    /// Creates an exporter with its own HTTP client (shut down by ``shutdown()``).
    public init(configuration: OTLPExporterConfiguration, resource: WindsockResource, logger: Logger) throws {
        guard let url = URL(string: configuration.endpoint), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host != nil
        else { throw OTLPExportError.invalidEndpoint(configuration.endpoint) }
        self.configuration = configuration
        self.resource = resource
        self.logger = logger
        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.tracing.tracer = nil
        clientConfiguration.timeout = .init(
            connect: .nanoseconds(Int64(Self.nanoseconds(configuration.timeout))),
            read: .nanoseconds(Int64(Self.nanoseconds(configuration.timeout)))
        )
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
    }

    public func export(_ spans: [RecordedSpan]) async throws {
        guard !spans.isEmpty else { return }
        let request = try makeRequest(spans)
        var attempt = 1
        while true {
            let outcome: Outcome
            do {
                let response = try await client.execute(
                    request, timeout: .nanoseconds(Int64(Self.nanoseconds(configuration.timeout))))
                let body = try await response.body.collect(upTo: 64 * 1024)
                outcome = Self.outcome(status: Int(response.status.code), headers: response.headers, body: body)
            } catch {
                if Task.isCancelled { throw CancellationError() }
                outcome = .retry(after: nil, error: error)
            }
            switch outcome {
            case .delivered:
                return
            case .fail(let error):
                throw error
            case .retry(let retryAfter, let error):
                guard attempt < configuration.maximumAttempts else { throw error }
                let delay = backoff(attempt: attempt, retryAfter: retryAfter)
                logger.debug(
                    "Retrying OTLP export",
                    metadata: ["attempt": "\(attempt)", "delay": "\(delay)", "error": "\(error)"]
                )
                try await Task.sleep(for: delay)
                attempt += 1
            }
        }
    }

    public func shutdown() async {
        do {
            try await client.shutdown()
        } catch {
            logger.debug("OTLP exporter's HTTP client did not shut down cleanly", metadata: ["error": "\(error)"])
        }
    }

    private enum Outcome {
        case delivered
        case retry(after: Duration?, error: any Error)
        case fail(any Error)
    }

    private static func outcome(status: Int, headers: HTTPHeaders, body: ByteBuffer) -> Outcome {
        if (200..<300).contains(status) { return .delivered }
        let message = OTLPErrorBody.message(body, contentType: headers.first(name: "Content-Type"))
        let error = OTLPExportError.httpStatus(status, body: message)
        switch status {
        case 429, 502, 503, 504:
            return .retry(after: headers.first(name: "Retry-After").flatMap(retryAfter), error: error)
        default:
            return .fail(error)
        }
    }

    /// A `Retry-After` value: delay seconds, or an HTTP date.
    static func retryAfter(_ value: String) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed), seconds >= 0 { return .milliseconds(Int64(seconds * 1000)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .milliseconds(Int64(max(0, date.timeIntervalSinceNow) * 1000))
    }

    private func backoff(attempt: Int, retryAfter: Duration?) -> Duration {
        if let retryAfter { return min(retryAfter, configuration.maximumBackoff) }
        let base = configuration.initialBackoff * (1 << min(attempt - 1, 20))
        let capped = min(base, configuration.maximumBackoff)
        // Full jitter between half and all of the delay, so many processes do not retry in step.
        return capped * Double.random(in: 0.5...1)
    }

    private func makeRequest(_ spans: [RecordedSpan]) throws -> HTTPClientRequest {
        var body: ByteBuffer
        var request = HTTPClientRequest(url: configuration.endpoint)
        request.method = .POST
        switch configuration.encoding {
        case .protobuf:
            do {
                let bytes: [UInt8] = try OTLPTraceEncoder.request(for: spans, resource: resource).serializedBytes()
                body = ByteBuffer(bytes: bytes)
            } catch {
                throw OTLPExportError.encoding("\(error)")
            }
            request.headers.add(name: "Content-Type", value: "application/x-protobuf")
        case .json:
            body = ByteBuffer(bytes: OTLPJSONEncoder.body(for: spans, resource: resource))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        if configuration.compression == .gzip {
            do {
                // zlib's fastest level: about half the CPU of its default for a few percent more bytes, which
                // matters more in the app's process than on the wire (OTLP batches of message text still shrink
                // several-fold).
                body = try body.compress(
                    with: .gzip(configuration: ZlibConfiguration(compressionLevel: .fastestCompression)))
            } catch {
                throw OTLPExportError.encoding("gzip: \(error)")
            }
            request.headers.add(name: "Content-Encoding", value: "gzip")
        }
        for (name, value) in configuration.headers {
            request.headers.replaceOrAdd(name: name, value: value)
        }
        request.headers.replaceOrAdd(name: "User-Agent", value: "windsock-swift/\(WindsockResource.sdkVersion)")
        request.body = .bytes(body)
        return request
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
