/// Every error thrown by the Mistral client.
///
/// Descriptions never contain the API key.
public enum MistralError: Error, Sendable {
    /// The API answered with an HTTP error status.
    case api(MistralAPIError)
    /// A stream carried an error event (`{"object":"error",…}` or `conversation.response.error`).
    case streamError(MistralAPIError)
    /// No API key was given and `MISTRAL_API_KEY` is not set.
    case missingAPIKey
    /// The request could not be built (bad base URL, unencodable body, …).
    case invalidRequest(String)
    /// A successful answer could not be decoded into the expected type.
    case decoding(MistralDecodingFailure)
    /// A stream's body ended (or the connection was cut) before its final event.
    case streamEndedPrematurely(receivedEvents: Int, reason: String?)
    /// The connection failed (refused, reset, TLS, DNS, …). Retried by default.
    case connection(underlying: any Error)
    /// The request did not complete within the configured timeout.
    case timeout(Duration)
    /// The answer was larger than the configured maximum.
    case responseTooLarge(limit: Int)
    /// The calling task was cancelled.
    case cancelled
}

extension MistralError {
    /// The API error, for `.api` and `.streamError`.
    public var apiError: MistralAPIError? {
        switch self {
        case .api(let error), .streamError(let error): error
        default: nil
        }
    }

    /// The HTTP status of an `.api` error.
    public var status: Int? {
        if case .api(let error) = self { return error.status }
        return nil
    }
}

extension MistralError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .api(let error):
            return error.description
        case .streamError(let error):
            return "Mistral stream error event: \(error.description)"
        case .missingAPIKey:
            return "No Mistral API key: pass one to Mistral(apiKey:) or set the MISTRAL_API_KEY environment variable."
        case .invalidRequest(let reason):
            return "Invalid Mistral request: \(reason)"
        case .decoding(let failure):
            return failure.description
        case .streamEndedPrematurely(let received, let reason):
            var text = "The Mistral stream ended before its final event after \(received) events"
            if let reason { text += " (\(reason))" }
            return text
        case .connection(let underlying):
            return "Connection to the Mistral API failed: \(underlying)"
        case .timeout(let duration):
            return "The Mistral request timed out after \(duration)."
        case .responseTooLarge(let limit):
            return "The Mistral response exceeded the maximum of \(limit) bytes."
        case .cancelled:
            return "The Mistral request was cancelled."
        }
    }
}

/// Why a successful answer could not be decoded.
public struct MistralDecodingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The type that was expected.
    public var type: String
    /// The path to the failing value, e.g. `choices.0.message.content`.
    public var codingPath: String
    /// What went wrong.
    public var reason: String
    /// The start of the body (at most 1,000 characters).
    public var bodySnippet: String

    public init(type: String, codingPath: String, reason: String, bodySnippet: String) {
        self.type = type
        self.codingPath = codingPath
        self.reason = reason
        self.bodySnippet = bodySnippet
    }

    init(type: Any.Type, error: any Error, body: [UInt8]) {
        self.type = String(describing: type)
        let snippet = String(decoding: body.prefix(1000), as: UTF8.self)
        self.bodySnippet = snippet
        guard let decodingError = error as? DecodingError else {
            codingPath = ""
            reason = String(describing: error)
            return
        }
        switch decodingError {
        case .typeMismatch(let expected, let context):
            codingPath = Self.path(context.codingPath)
            reason = "expected \(expected): \(context.debugDescription)"
        case .valueNotFound(let expected, let context):
            codingPath = Self.path(context.codingPath)
            reason = "missing value of type \(expected): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            codingPath = Self.path(context.codingPath + [key])
            reason = "missing key '\(key.stringValue)'"
        case .dataCorrupted(let context):
            codingPath = Self.path(context.codingPath)
            reason = context.debugDescription
        @unknown default:
            codingPath = ""
            reason = String(describing: decodingError)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    public var description: String {
        let location = codingPath.isEmpty ? "" : " at '\(codingPath)'"
        return "Could not decode \(type)\(location): \(reason). Body: \(bodySnippet)"
    }
}
