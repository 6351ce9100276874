import Windsock

/// Whether the demo's traces reach the server: a check before the workflows run, and the tracer's export counts
/// after they are flushed, so that a refused key or an unreachable server ends the demo with an error that says so.
enum DemoDelivery {
    /// The export counts when some spans were not delivered (their export failed, or they were dropped).
    static func failure(_ counts: ExportCounts) -> ExportCounts? {
        counts.failed + counts.dropped > 0 ? counts : nil
    }

    /// Checks that a Windsock server answers at the client's URL and accepts traces with `apiKey`, by sending it an
    /// empty OTLP request; throws a failure naming the demo's own flags otherwise.
    static func checkServer(_ client: WindsockAPIClient, apiKey: String?) async throws {
        var probe = client
        probe.timeout = .seconds(10)
        guard await probe.isHealthy() else {
            throw CommandFailure(
                """
                No Windsock server answered at \(client.baseURL) (GET /healthz did not answer 200).
                Start one with `windsock server`, or give the demo the URL of yours with --endpoint (without \
                --endpoint the demo runs its own server).
                """)
        }
        do {
            try await probe.post(
                "/v1/traces", body: Array(#"{"resourceSpans":[]}"#.utf8), contentType: "application/json")
        } catch APIClientError.unauthorized(let status, _, let message) {
            throw refusal(status: status, message: message, url: client.baseURL, apiKey: apiKey)
        }
    }

    /// Why the spans in `counts` were not delivered: the server's refusal when it refuses the key, else the counts.
    static func explain(_ counts: ExportCounts, client: WindsockAPIClient, apiKey: String?) async throws
        -> CommandFailure
    {
        let notDelivered = "\(counts.failed + counts.dropped) of \(counts.exported + counts.failed + counts.dropped)"
        do {
            try await client.post(
                "/v1/traces", body: Array(#"{"resourceSpans":[]}"#.utf8), contentType: "application/json")
        } catch APIClientError.unauthorized(let status, _, let message) {
            return refusal(status: status, message: message, url: client.baseURL, apiKey: apiKey)
        } catch {
            return CommandFailure(
                "\(notDelivered) spans did not reach the server at \(client.baseURL): \(error)")
        }
        return CommandFailure(
            """
            \(notDelivered) spans did not reach the server at \(client.baseURL) (\(counts.failed) failed, \
            \(counts.dropped) dropped); the warnings above say why. Nothing is wrong with the server now: run the \
            demo again.
            """)
    }

    /// The server refused the traces: what it said, and which key to pass.
    private static func refusal(status: Int, message: String, url: String, apiKey: String?) -> CommandFailure {
        let need =
            status == 401 && apiKey == nil
            ? "the server needs an ingest key: pass one with --key or WINDSOCK_API_KEY"
            : status == 401
                ? "the key is not valid there: pass an ingest key of that server with --key or WINDSOCK_API_KEY"
                : "the key may not send traces: pass an ingest key with --key or WINDSOCK_API_KEY"
        return CommandFailure(
            """
            The server at \(url) refused the traces (HTTP \(status): \(message)); \(need).
            Create one with `windsock keys create --project NAME --scope ingest`. Nothing was stored.
            """)
    }
}
