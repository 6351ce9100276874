/// Why an OTLP/HTTP body as a whole could not be decoded (answered with HTTP 400).
public struct OTLPDecodingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, naming the place in the body where it can (e.g.
    /// `resourceSpans[0].scopeSpans[1].spans[3].startTimeUnixNano: expected an integer`).
    public var message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
