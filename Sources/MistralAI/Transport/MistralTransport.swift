/// Sends one HTTP request to the Mistral API and returns the response as soon as its head arrives.
///
/// The default is ``AsyncHTTPClientTransport``. Tests replace it (see ``MistralClosureTransport``); a
/// transport must be safe to call concurrently.
///
/// A transport throws ``MistralError/connection(underlying:)`` when the connection fails (the client retries
/// those), ``MistralError/timeout(_:)`` when ``MistralHTTPRequest/timeout`` elapses before the head arrives,
/// and ``MistralError/cancelled`` when the calling task is cancelled. Cancelling the task that reads the
/// response body, or dropping the body's iterator, must end the underlying request.
public protocol MistralTransport: Sendable {
    /// Sends `request` and returns the status, headers and a body that streams as it is read.
    func send(_ request: MistralHTTPRequest) async throws -> MistralHTTPResponse
}
