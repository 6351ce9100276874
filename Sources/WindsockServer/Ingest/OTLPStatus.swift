import HTTPTypes
import OrderedJSON
import WindsockIngest

/// The `google.rpc.Status` body of an OTLP/HTTP error answer, in the request's encoding (the OTLP/HTTP
/// specification's requirement for every 4xx and 5xx answer).
struct OTLPStatus: Sendable, Equatable {
    /// The gRPC status code (`google.rpc.Code`).
    var code: Int
    /// The message.
    var message: String

    /// The status of an HTTP error: `INVALID_ARGUMENT` for 400/413/415, `UNAUTHENTICATED` for 401,
    /// `PERMISSION_DENIED` for 403, `UNAVAILABLE` for 429/503, `INTERNAL` otherwise.
    init(httpStatus: HTTPResponse.Status, message: String) {
        switch httpStatus.code {
        case 400, 413, 415: code = 3
        case 401: code = 16
        case 403: code = 7
        case 429, 503: code = 14
        default: code = 13
        }
        self.message = message
    }

    /// The body in `encoding`.
    func encoded(as encoding: OTLPContentType) -> [UInt8] {
        switch encoding {
        case .json:
            return Array(
                JSONValue.object(JSONObject([("code", .int(code)), ("message", .string(message))])).compactString.utf8)
        case .protobuf:
            // Field 1 (code, varint) and field 2 (message, length-delimited), as protoc writes them.
            var bytes: [UInt8] = []
            if code != 0 {
                bytes.append(0x08)
                Self.appendVarint(UInt64(code), to: &bytes)
            }
            let text = Array(message.utf8)
            if !text.isEmpty {
                bytes.append(0x12)
                Self.appendVarint(UInt64(text.count), to: &bytes)
                bytes += text
            }
            return bytes
        }
    }

    private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }
}
