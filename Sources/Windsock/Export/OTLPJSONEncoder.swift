import Foundation
import MistralAI
import OpenTelemetryProto
import Tracing

/// Writes OTLP/JSON as the OTLP specification wants it: ids as lowercase hex, enums as integers, 64-bit
/// integers as strings (SwiftProtobuf's JSON mapping writes ids as base64, which OTLP/JSON does not accept).
enum OTLPJSONEncoder {
    static func body(for spans: [RecordedSpan], resource: WindsockResource) -> [UInt8] {
        let resourceAttributes = resource.allAttributes.map { attribute($0.key, .stringValue($0.value)) }
        let request: JSONValue = [
            "resourceSpans": [
                [
                    "resource": ["attributes": .array(resourceAttributes)],
                    "scopeSpans": [
                        [
                            "scope": [
                                "name": .string(WindsockResource.scopeName),
                                "version": .string(WindsockResource.sdkVersion),
                            ],
                            "spans": .array(spans.map(span)),
                        ]
                    ],
                ]
            ]
        ]
        return Array(request.jsonString.utf8)
    }

    private static func span(_ recorded: RecordedSpan) -> JSONValue {
        var object: [String: JSONValue] = [
            "traceId": .string(recorded.traceID.hex),
            "spanId": .string(recorded.spanID.hex),
            "flags": .number(recorded.context.isSampled ? 0x101 : 0x100),
            "name": .string(recorded.name),
            "kind": .number(Double(OTLPTraceEncoder.kind(recorded.kind).rawValue)),
            "startTimeUnixNano": .string(String(recorded.startNanoseconds)),
            "endTimeUnixNano": .string(String(recorded.endNanoseconds)),
            "attributes": .array(attributes(recorded.attributes)),
        ]
        if let parent = recorded.parentSpanID { object["parentSpanId"] = .string(parent.hex) }
        if !recorded.events.isEmpty {
            object["events"] = .array(
                recorded.events.map { event in
                    [
                        "name": .string(event.name),
                        "timeUnixNano": .string(String(event.nanosecondsSinceEpoch)),
                        "attributes": .array(attributes(event.attributes)),
                    ]
                })
        }
        if !recorded.links.isEmpty {
            object["links"] = .array(
                recorded.links.map { link in
                    [
                        "traceId": .string(link.traceID.hex),
                        "spanId": .string(link.spanID.hex),
                        "attributes": .array(attributes(link.attributes)),
                    ]
                })
        }
        if let status = recorded.status {
            object["status"] = [
                "code": .number(status.code == .ok ? 1 : 2),
                "message": .string(status.message ?? ""),
            ]
        }
        return .object(object)
    }

    private static func attributes(_ attributes: SpanAttributes) -> [JSONValue] {
        OTLPTraceEncoder.keyValues(attributes).compactMap { keyValue in
            keyValue.value.value.map { attribute(keyValue.key, $0) }
        }
    }

    private static func attribute(
        _ key: String,
        _ value: OpenTelemetryProtoValue
    ) -> JSONValue {
        ["key": .string(key), "value": anyValue(value)]
    }

    private static func anyValue(_ value: OpenTelemetryProtoValue) -> JSONValue {
        switch value {
        case .stringValue(let text): return ["stringValue": .string(text)]
        case .boolValue(let flag): return ["boolValue": .bool(flag)]
        case .intValue(let number): return ["intValue": .string(String(number))]
        case .doubleValue(let number): return ["doubleValue": .number(number)]
        case .arrayValue(let array):
            return ["arrayValue": ["values": .array(array.values.compactMap { $0.value.map(anyValue) })]]
        case .kvlistValue(let list):
            return [
                "kvlistValue": [
                    "values": .array(
                        list.values.compactMap { keyValue in keyValue.value.value.map { attribute(keyValue.key, $0) } })
                ]
            ]
        case .bytesValue(let bytes): return ["bytesValue": .string(bytes.base64EncodedString())]
        case .stringValueStrindex(let index): return ["stringValueStrindex": .number(Double(index))]
        }
    }
}

typealias OpenTelemetryProtoValue = Opentelemetry_Proto_Common_V1_AnyValue.OneOf_Value
