/// An HTTP/1.1 exchange read byte by byte off a raw TCP connection, so tests can see exactly what the
/// emulator wrote: chunk framing, when each piece arrived, and whether the body ended cleanly.
struct RawHTTPResponse: Sendable {
    /// The status code.
    var status: Int
    /// The header fields, names lowercased.
    var headers: [(name: String, value: String)]
    /// The body with chunked transfer encoding removed.
    var body: [UInt8]
    /// Whether the body ended as HTTP requires (the zero-length last chunk, or the full content length).
    var isComplete: Bool
    /// When each read from the socket arrived, measured from the moment the request was sent.
    var arrivals: [Duration]

    /// The body as UTF-8 text.
    var text: String {
        String(decoding: body, as: UTF8.self)
    }

    /// The first header named `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }
}
