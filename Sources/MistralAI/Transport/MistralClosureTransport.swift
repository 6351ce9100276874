/// A transport that answers with a closure: for tests, previews and recording.
///
/// ```swift
/// let transport = MistralClosureTransport { request in
///     MistralHTTPResponse(status: 200, body: #"{"object":"list","data":[]}"#)
/// }
/// let mistral = Mistral(apiKey: "test", configuration: .init(transport: transport))
/// ```
public struct MistralClosureTransport: MistralTransport {
    private let handler: @Sendable (MistralHTTPRequest) async throws -> MistralHTTPResponse

    /// Creates a transport that calls `handler` for every request.
    public init(_ handler: @escaping @Sendable (MistralHTTPRequest) async throws -> MistralHTTPResponse) {
        self.handler = handler
    }

    public func send(_ request: MistralHTTPRequest) async throws -> MistralHTTPResponse {
        try await handler(request)
    }
}
