import HTTPTypes
import Hummingbird
import OrderedJSON

/// Turns replies and errors into Hummingbird responses with the headers the real API sends.
enum ReplyRenderer {
    /// The response for `reply` under `plan` (stream pacing and drops come from the plan).
    static func response(for reply: MockReply, plan: FaultPlan) -> Response {
        switch reply {
        case .json(let value, let status, _):
            return jsonResponse(value, status: status)
        case .noContent:
            return Response(status: .noContent, headers: commonHeaders())
        case .bytes(let bytes, let contentType):
            var headers = commonHeaders()
            headers[.contentType] = contentType
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .stream(let stream):
            var headers = commonHeaders()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-cache"
            return Response(
                status: .ok,
                headers: headers,
                body: EventStreamBody.body(
                    for: stream, perToken: plan.latency.perToken, dropAfter: plan.dropAfterEvents)
            )
        }
    }

    /// The response for `error`.
    static func response(for error: MockAPIError) -> Response {
        var response = jsonResponse(
            error.body, status: error.status, rateLimitRemaining: error.status == .tooManyRequests ? 0 : nil)
        for field in error.headers {
            response.headers[field.name] = field.value
        }
        return response
    }

    /// A compact JSON response.
    static func jsonResponse(_ value: JSONValue, status: HTTPResponse.Status, rateLimitRemaining: Int? = nil)
        -> Response
    {
        var headers = commonHeaders(rateLimitRemaining: rateLimitRemaining)
        headers[.contentType] = "application/json"
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: value.compactString)))
    }

    /// `mistral-correlation-id` and the `x-ratelimit-*` headers.
    static func commonHeaders(rateLimitRemaining: Int? = nil) -> HTTPFields {
        var random = SystemRandomNumberGenerator()
        var fields = HTTPFields()
        fields[.mistralCorrelationID] = MockIdentifiers.uuid(using: &random)
        fields[.rateLimitRequestLimit] = "1200"
        fields[.rateLimitRequestRemaining] = String(rateLimitRemaining ?? 1_199)
        fields[.rateLimitTokenLimit] = "2000000"
        fields[.rateLimitTokenRemaining] = String(rateLimitRemaining ?? 1_999_000)
        return fields
    }
}
