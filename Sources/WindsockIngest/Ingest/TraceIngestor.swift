import WindsockModel

/// Decodes OTLP/HTTP trace export bodies and normalises their spans into Windsock's model.
public struct TraceIngestor: Sendable {
    /// The normaliser applied to every decoded span.
    public var normalizer: SpanNormalizer

    /// Creates an ingestor that prices calls with `prices`.
    public init(prices: PriceTable = .mistral) {
        self.normalizer = SpanNormalizer(prices: prices)
    }

    /// Decodes an OTLP/HTTP trace export body (already gunzipped) and normalises its spans.
    ///
    /// Throws only when the body as a whole is malformed (→ HTTP 400); individual invalid spans (ids of the wrong
    /// length or all-zero, end before start, timestamps out of range) are rejected and counted in the batch
    /// (→ OTLP partial_success), the others kept.
    public func ingest(_ body: [UInt8], as contentType: OTLPContentType) throws(OTLPDecodingError) -> IngestBatch {
        var spans: [Span] = []
        var rejections = RejectionLog()
        let normalizer = self.normalizer
        let sink: (RawSpan, SpanOrigin) -> Void = { span, origin in
            spans.append(normalizer.normalize(span, origin: origin))
        }
        switch contentType {
        case .protobuf: try ProtobufTraceDecoder.decode(body, into: sink, rejections: &rejections)
        case .json: try JSONTraceDecoder.decode(body, into: sink, rejections: &rejections)
        }
        return IngestBatch(spans: spans, rejectedSpans: rejections.count, rejectionMessage: rejections.message)
    }
}
