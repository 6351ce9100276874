/// Why an OTLP export failed (counted and logged by the SDK, never thrown into the application).
public enum OTLPExportError: Error, CustomStringConvertible, Sendable {
    /// The endpoint is not a valid http(s) URL.
    case invalidEndpoint(String)
    /// The collector answered with a status that is not retried, or kept answering a retried one.
    case httpStatus(Int, body: String)
    /// The body could not be encoded or compressed.
    case encoding(String)

    public var description: String {
        switch self {
        case .invalidEndpoint(let endpoint): "invalid OTLP endpoint \(endpoint)"
        case .httpStatus(let status, let body): "OTLP export answered HTTP \(status): \(body)"
        case .encoding(let message): "OTLP export body could not be made: \(message)"
        }
    }
}
