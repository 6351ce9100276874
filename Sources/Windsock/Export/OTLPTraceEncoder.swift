import Foundation
import OpenTelemetryProto
import Tracing

/// Turns recorded spans into an OTLP `ExportTraceServiceRequest`.
enum OTLPTraceEncoder {
    static func request(
        for spans: [RecordedSpan],
        resource: WindsockResource
    ) -> Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest {
        var scope = Opentelemetry_Proto_Common_V1_InstrumentationScope()
        scope.name = WindsockResource.scopeName
        scope.version = WindsockResource.sdkVersion
        var scopeSpans = Opentelemetry_Proto_Trace_V1_ScopeSpans()
        scopeSpans.scope = scope
        scopeSpans.spans = spans.map(span)
        var protoResource = Opentelemetry_Proto_Resource_V1_Resource()
        protoResource.attributes = resource.allAttributes.map { keyValue($0.key, .stringValue($0.value)) }
        var resourceSpans = Opentelemetry_Proto_Trace_V1_ResourceSpans()
        resourceSpans.resource = protoResource
        resourceSpans.scopeSpans = [scopeSpans]
        var request = Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest()
        request.resourceSpans = [resourceSpans]
        return request
    }

    static func span(_ recorded: RecordedSpan) -> Opentelemetry_Proto_Trace_V1_Span {
        var span = Opentelemetry_Proto_Trace_V1_Span()
        span.traceID = Data(recorded.traceID.bytes)
        span.spanID = Data(recorded.spanID.bytes)
        if let parent = recorded.parentSpanID { span.parentSpanID = Data(parent.bytes) }
        span.flags = recorded.context.isSampled ? 0x101 : 0x100
        span.name = recorded.name
        span.kind = kind(recorded.kind)
        span.startTimeUnixNano = recorded.startNanoseconds
        span.endTimeUnixNano = recorded.endNanoseconds
        span.attributes = keyValues(recorded.attributes)
        span.events = recorded.events.map { event in
            var protoEvent = Opentelemetry_Proto_Trace_V1_Span.Event()
            protoEvent.name = event.name
            protoEvent.timeUnixNano = event.nanosecondsSinceEpoch
            protoEvent.attributes = keyValues(event.attributes)
            return protoEvent
        }
        span.links = recorded.links.map { link in
            var protoLink = Opentelemetry_Proto_Trace_V1_Span.Link()
            protoLink.traceID = Data(link.traceID.bytes)
            protoLink.spanID = Data(link.spanID.bytes)
            protoLink.attributes = keyValues(link.attributes)
            return protoLink
        }
        if let status = recorded.status {
            var protoStatus = Opentelemetry_Proto_Trace_V1_Status()
            protoStatus.code = status.code == .ok ? .ok : .error
            protoStatus.message = status.message ?? ""
            span.status = protoStatus
        }
        return span
    }

    static func kind(_ kind: Tracing.SpanKind) -> Opentelemetry_Proto_Trace_V1_Span.SpanKind {
        switch kind {
        case .server: .server
        case .client: .client
        case .producer: .producer
        case .consumer: .consumer
        case .internal: .internal
        }
    }

    static func keyValues(_ attributes: SpanAttributes) -> [Opentelemetry_Proto_Common_V1_KeyValue] {
        var result: [Opentelemetry_Proto_Common_V1_KeyValue] = []
        result.reserveCapacity(attributes.count)
        // SpanAttributes is not a Sequence.
        // swift-format-ignore: ReplaceForEachWithForLoop
        attributes.forEach { key, value in
            if let value = anyValue(value) { result.append(keyValue(key, value)) }
        }
        return result.sorted { $0.key < $1.key }
    }

    static func keyValue(
        _ key: String,
        _ value: Opentelemetry_Proto_Common_V1_AnyValue.OneOf_Value
    ) -> Opentelemetry_Proto_Common_V1_KeyValue {
        var protoValue = Opentelemetry_Proto_Common_V1_AnyValue()
        protoValue.value = value
        var keyValue = Opentelemetry_Proto_Common_V1_KeyValue()
        keyValue.key = key
        keyValue.value = protoValue
        return keyValue
    }

    static func anyValue(_ attribute: SpanAttribute) -> Opentelemetry_Proto_Common_V1_AnyValue.OneOf_Value? {
        func array(_ values: [Opentelemetry_Proto_Common_V1_AnyValue.OneOf_Value])
            -> Opentelemetry_Proto_Common_V1_AnyValue.OneOf_Value
        {
            var array = Opentelemetry_Proto_Common_V1_ArrayValue()
            array.values = values.map { value in
                var anyValue = Opentelemetry_Proto_Common_V1_AnyValue()
                anyValue.value = value
                return anyValue
            }
            return .arrayValue(array)
        }
        switch attribute {
        case .int32(let value): return .intValue(Int64(value))
        case .int64(let value): return .intValue(value)
        case .double(let value): return .doubleValue(value)
        case .bool(let value): return .boolValue(value)
        case .string(let value): return .stringValue(value)
        case .stringConvertible(let value): return .stringValue(value.description)
        case .int32Array(let values): return array(values.map { .intValue(Int64($0)) })
        case .int64Array(let values): return array(values.map { .intValue($0) })
        case .doubleArray(let values): return array(values.map { .doubleValue($0) })
        case .boolArray(let values): return array(values.map { .boolValue($0) })
        case .stringArray(let values): return array(values.map { .stringValue($0) })
        case .stringConvertibleArray(let values): return array(values.map { .stringValue($0.description) })
        default: return nil
        }
    }
}
