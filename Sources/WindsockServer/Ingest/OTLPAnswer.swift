import HTTPTypes
import Hummingbird
import OpenTelemetryProto
import SwiftProtobuf
import WindsockIngest

/// The answers of `POST /v1/traces`, in the request's encoding.
enum OTLPAnswer {
    /// 200 with an `ExportTraceServiceResponse`, with `partial_success` when spans were rejected.
    static func success(rejectedSpans: Int, message: String?, encoding: OTLPContentType) -> Response {
        var answer = Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceResponse()
        if rejectedSpans > 0 {
            answer.partialSuccess.rejectedSpans = Int64(rejectedSpans)
            answer.partialSuccess.errorMessage = message ?? "\(rejectedSpans) spans were rejected."
        }
        let body: [UInt8]
        switch encoding {
        case .protobuf: body = (try? answer.serializedBytes()) ?? []
        case .json: body = (try? answer.jsonUTF8Bytes()) ?? Array("{}".utf8)
        }
        return response(.ok, body: body, encoding: encoding)
    }

    /// An error status with a `google.rpc.Status` body (and extra headers such as `Retry-After`).
    static func failure(
        _ status: HTTPResponse.Status, message: String, encoding: OTLPContentType, headers: HTTPFields = [:]
    ) -> Response {
        var answer = response(
            status, body: OTLPStatus(httpStatus: status, message: message).encoded(as: encoding), encoding: encoding)
        answer.headers.append(contentsOf: headers)
        return answer
    }

    private static func response(_ status: HTTPResponse.Status, body: [UInt8], encoding: OTLPContentType) -> Response {
        Response(
            status: status,
            headers: [.contentType: encoding.rawValue],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
