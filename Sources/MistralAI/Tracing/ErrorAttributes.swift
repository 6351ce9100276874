import Tracing

/// Records a failed call: `error.type`, an `exception` event (type, message, HTTP status, Mistral code) and the
/// error status. The error itself is rethrown unchanged by the caller.
enum ErrorAttributes {
    static func record(_ error: any Error, on span: any Span) {
        let mistralError = error as? MistralError
        let type = errorType(error)
        var event: SpanAttributes = [
            "exception.type": .string(
                mistralError.map { "MistralError.\(caseName($0))" } ?? String(reflecting: Swift.type(of: error))),
            "exception.message": .string(String(describing: error)),
        ]
        if let api = mistralError?.apiError {
            event.set(GenAIAttributes.httpStatusCode, value: .int64(Int64(api.status)))
            if let code = api.code { event.set(WindsockAttributes.errorCode, value: .string(code)) }
        }
        span.recordError(error, attributes: event)
        span.updateAttributes { attributes in
            attributes.set(GenAIAttributes.errorType, value: .string(type))
            if let status = mistralError?.apiError?.status {
                attributes.set(GenAIAttributes.httpStatusCode, value: .int64(Int64(status)))
            }
        }
        span.setStatus(SpanStatus(code: .error, message: String(describing: error)))
    }

    /// `error.type`: the HTTP status for API errors, else the kind of failure.
    static func errorType(_ error: any Error) -> String {
        guard let mistralError = error as? MistralError else { return String(reflecting: type(of: error)) }
        if case .api(let api) = mistralError { return String(api.status) }
        return caseName(mistralError)
    }

    private static func caseName(_ error: MistralError) -> String {
        switch error {
        case .api: "api"
        case .streamError: "stream_error"
        case .missingAPIKey: "missing_api_key"
        case .invalidRequest: "invalid_request"
        case .decoding: "decoding"
        case .streamEndedPrematurely: "stream_ended_prematurely"
        case .connection: "connection"
        case .timeout: "timeout"
        case .responseTooLarge: "response_too_large"
        case .cancelled: "cancelled"
        }
    }
}
