import HTTPTypes
import Hummingbird
import WindsockIngest
import WindsockModel

/// `POST /v1/traces`: OTLP/HTTP trace export, answered as the OTLP/HTTP specification says.
///
/// The request's spans are decoded, normalised and written to the store of the key's project; the 200 is
/// sent only after the store's write returned (the batch is durably committed).
enum OTLPTraceRoute {
    static func register(on table: inout RouteTable, services: ServerServices, ingestor: TraceIngestor) {
        let reader = RequestBodyReader(
            maximumBodyBytes: services.configuration.maximumBodyBytes,
            maximumDecompressedBytes: services.configuration.maximumDecompressedBytes)
        table.add(.post, "/v1/traces") { request, _ in
            let response = await export(request, services: services, ingestor: ingestor, reader: reader)
            services.metrics.countIngestRequest(status: response.status.code)
            return response
        }
    }

    private static func export(
        _ request: Request, services: ServerServices, ingestor: TraceIngestor, reader: RequestBodyReader
    ) async -> Response {
        let contentType = request.headers[.contentType].flatMap(OTLPContentType.init(headerValue:))
        let encoding = contentType ?? .json
        let project: ProjectID
        do {
            project = try await services.authenticator.project(for: request, policy: .ingest)
        } catch {
            return OTLPAnswer.failure(error.status, message: error.message, encoding: encoding, headers: error.headers)
        }
        guard let contentType else {
            return OTLPAnswer.failure(
                .unsupportedMediaType,
                message: "Content-Type must be application/x-protobuf or application/json.", encoding: encoding)
        }
        let body: [UInt8]
        do {
            body = try await reader.read(request)
        } catch let failure as RequestBodyReader.Failure {
            switch failure {
            case .tooLarge(let message):
                return OTLPAnswer.failure(.contentTooLarge, message: message, encoding: encoding)
            case .unsupportedEncoding(let message):
                return OTLPAnswer.failure(.unsupportedMediaType, message: message, encoding: encoding)
            case .corrupt(let message):
                return OTLPAnswer.failure(.badRequest, message: message, encoding: encoding)
            }
        } catch {
            return OTLPAnswer.failure(.badRequest, message: "The request body could not be read.", encoding: encoding)
        }
        let batch: IngestBatch
        do {
            batch = try ingestor.ingest(body, as: contentType)
        } catch {
            return OTLPAnswer.failure(.badRequest, message: error.message, encoding: encoding)
        }
        services.metrics.spansRejected.increment(by: Int64(batch.rejectedSpans))
        if !batch.spans.isEmpty {
            if let failure = await write(batch.spans, project: project, services: services, encoding: encoding) {
                return failure
            }
        }
        return OTLPAnswer.success(
            rejectedSpans: batch.rejectedSpans, message: batch.rejectionMessage, encoding: encoding)
    }

    /// Writes the spans through the write gate; a failure answer, or `nil` once they are committed.
    private static func write(
        _ spans: [Span], project: ProjectID, services: ServerServices, encoding: OTLPContentType
    ) async -> Response? {
        let retryAfter: HTTPFields = [.retryAfter: String(services.configuration.retryAfterSeconds)]
        guard await services.writeGate.enter() else {
            return OTLPAnswer.failure(
                .serviceUnavailable, message: "The store's write queue is full; retry later.", encoding: encoding,
                headers: retryAfter)
        }
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let result = try await services.store.write(spans, project: project)
            await services.writeGate.leave()
            services.metrics.commitLatency.record(clock.now - started)
            services.metrics.spansAccepted.increment(by: Int64(spans.count))
            if result.inserted > 0 {
                await services.metrics.genAI.record(spans)
            }
            return nil
        } catch {
            await services.writeGate.leave()
            services.logger.error(
                "Store write failed",
                metadata: ["spans": "\(spans.count)", "project": "\(project)", "error": "\(error)"])
            return OTLPAnswer.failure(
                .serviceUnavailable, message: "The store could not commit the batch; retry later.", encoding: encoding,
                headers: retryAfter)
        }
    }
}
