import HTTPTypes
import OrderedJSON

/// What a route handler answers, before latency, faults and headers are applied.
enum MockReply: Sendable {
    /// A JSON body. `generatedTokens` is the number of tokens a completion generated, which the per-token
    /// latency turns into generation time.
    case json(JSONValue, status: HTTPResponse.Status = .ok, generatedTokens: Int = 0)
    /// 204 with no body.
    case noContent
    /// Raw bytes (file downloads).
    case bytes([UInt8], contentType: String)
    /// A Server-Sent Events stream.
    case stream(EventStream)
}
