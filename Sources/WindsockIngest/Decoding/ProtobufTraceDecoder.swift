import OpenTelemetryProto
import OrderedJSON
import SwiftProtobuf
import WindsockModel

/// Decodes an OTLP/HTTP protobuf body (`ExportTraceServiceRequest`) into checked spans.
enum ProtobufTraceDecoder {
    static func decode(
        _ body: [UInt8], into sink: (RawSpan, SpanOrigin) -> Void, rejections: inout RejectionLog
    ) throws(OTLPDecodingError) {
        let request: Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest
        do {
            request = try Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest(serializedBytes: body)
        } catch {
            throw OTLPDecodingError(message: "invalid OTLP protobuf body (\(body.count) bytes): \(describe(error))")
        }
        for (resourceIndex, resourceSpans) in request.resourceSpans.enumerated() {
            let resourceAttributes = resourceSpans.resource.attributes.jsonObject
            for (scopeIndex, scopeSpans) in resourceSpans.scopeSpans.enumerated() {
                let scope = scopeSpans.scope
                let origin = SpanOrigin(
                    resourceAttributes: resourceAttributes,
                    scopeName: scope.name.isEmpty ? nil : scope.name,
                    scopeVersion: scope.version.isEmpty ? nil : scope.version
                )
                for (spanIndex, span) in scopeSpans.spans.enumerated() {
                    do {
                        sink(try RawSpan(span), origin)
                    } catch {
                        rejections.record(
                            error, spanName: span.name,
                            position: "resourceSpans[\(resourceIndex)].scopeSpans[\(scopeIndex)].spans[\(spanIndex)]"
                        )
                    }
                }
            }
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let binary = error as? BinaryDecodingError else { return String(describing: error) }
        switch binary {
        case .truncated: return "truncated (a field runs past the end of the body)"
        case .malformedProtobuf: return "malformed protobuf"
        case .invalidUTF8: return "a string field is not valid UTF-8"
        case .messageDepthLimit: return "messages nested too deeply"
        default: return String(describing: binary)
        }
    }
}

extension RawSpan {
    /// Checks and converts a protobuf span; throws when its ids or times are invalid.
    public init(_ span: Opentelemetry_Proto_Trace_V1_Span) throws(SpanRejection) {
        let (start, end) = try SpanValidation.times(start: span.startTimeUnixNano, end: span.endTimeUnixNano)
        try SpanValidation.counts(
            attributes: span.attributes.count, events: span.events.count,
            eventAttributes: span.events.reduce(0) { max($0, $1.attributes.count) })
        self.init(
            traceID: try SpanValidation.traceID(span.traceID),
            spanID: try SpanValidation.spanID(span.spanID),
            parentSpanID: try SpanValidation.parentSpanID(span.parentSpanID),
            name: span.name,
            kind: Kind(rawValue: span.kind.rawValue) ?? .unspecified,
            startTime: start,
            endTime: end,
            attributes: span.attributes.jsonObject,
            events: span.events.map { event in
                SpanEvent(
                    name: event.name,
                    time: Timestamp(nanosecondsSinceEpoch: Int64(clamping: event.timeUnixNano)),
                    attributes: event.attributes.jsonObject
                )
            },
            statusCode: span.hasStatus ? StatusCode(rawValue: span.status.code.rawValue) ?? .unset : .unset,
            statusMessage: span.hasStatus ? span.status.message : ""
        )
    }
}

extension SpanOrigin {
    /// The origin of the spans of one protobuf `ScopeSpans` inside one `ResourceSpans`.
    public init(
        resource: Opentelemetry_Proto_Resource_V1_Resource, scope: Opentelemetry_Proto_Common_V1_InstrumentationScope
    ) {
        self.init(
            resourceAttributes: resource.attributes.jsonObject,
            scopeName: scope.name.isEmpty ? nil : scope.name,
            scopeVersion: scope.version.isEmpty ? nil : scope.version
        )
    }
}
