import HTTPTypes

extension HTTPField.Name {
    /// A field name from a constant, valid token (the emulator's own header names).
    static func constant(_ name: StaticString) -> HTTPField.Name {
        guard let field = HTTPField.Name(name.description) else {
            preconditionFailure("Invalid HTTP field name \(name)")
        }
        return field
    }

    /// `mistral-correlation-id`, set on every answer.
    static let mistralCorrelationID = constant("mistral-correlation-id")
    static let rateLimitRequestLimit = constant("x-ratelimit-limit-req-minute")
    static let rateLimitRequestRemaining = constant("x-ratelimit-remaining-req-minute")
    static let rateLimitTokenLimit = constant("x-ratelimit-limit-tokens-minute")
    static let rateLimitTokenRemaining = constant("x-ratelimit-remaining-tokens-minute")
}
