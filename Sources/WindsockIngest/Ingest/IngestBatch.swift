import WindsockModel

/// The spans of one OTLP export request, normalised into Windsock's model.
public struct IngestBatch: Sendable {
    /// The spans that were valid, normalised.
    public var spans: [Span]
    /// How many spans were rejected (invalid ids, timestamps out of range, …).
    public var rejectedSpans: Int
    /// Why, for OTLP's `partial_success.error_message`; `nil` when none was rejected.
    public var rejectionMessage: String?

    /// Creates a batch.
    public init(spans: [Span], rejectedSpans: Int = 0, rejectionMessage: String? = nil) {
        self.spans = spans
        self.rejectedSpans = rejectedSpans
        self.rejectionMessage = rejectionMessage
    }
}
