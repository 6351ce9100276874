import NIOCore

/// What a request sends as its body.
enum RequestPayload: Sendable {
    /// No body.
    case empty
    /// The call's typed request, encoded as JSON.
    case json
    /// Prepared bytes with their content type (multipart uploads).
    case bytes(ByteBuffer, contentType: String)
}
