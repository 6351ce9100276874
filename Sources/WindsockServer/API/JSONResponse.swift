import HTTPTypes
import Hummingbird
import OrderedJSON

/// Responses whose body is a JSON value, serialised compactly in one buffer.
enum JSONResponse {
    /// A `status` response with `value` as an `application/json` body.
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        let text = value.compactString
        var buffer = ByteBufferAllocator().buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: buffer)
        )
    }
}
