import OrderedJSON
import WindsockModel
import WindsockServer

/// Turns a trace as the REST API answers it back into OTLP/JSON, from the raw attributes the server kept, so that
/// importing it again normalises to the same trace.
enum OTLPJSONBuilder {
    /// A trace that cannot be turned into OTLP.
    struct InvalidTrace: Error, CustomStringConvertible {
        let reason: String
        var description: String { "not a Windsock trace: \(reason)" }
    }

    /// One `ExportTraceServiceRequest` holding the spans of `trace` (a `GET /api/v1/traces/{id}` answer).
    static func request(for trace: JSONValue) throws -> JSONValue {
        guard let spans = trace["spans"]?.arrayValue else { throw InvalidTrace(reason: "it has no \"spans\" array") }
        var groups: [(resource: JSONValue, scope: String, spans: [JSONValue])] = []
        for span in spans {
            let resource = span["resource_attributes"] ?? .object(JSONObject())
            let scope = span["scope_name"]?.stringValue ?? ""
            let converted = try otlpSpan(span)
            if let index = groups.firstIndex(where: { $0.resource == resource && $0.scope == scope }) {
                groups[index].spans.append(converted)
            } else {
                groups.append((resource, scope, [converted]))
            }
        }
        let resourceSpans: [JSONValue] = groups.map { group in
            [
                "resource": ["attributes": .array(keyValues(group.resource))],
                "scopeSpans": [["scope": ["name": .string(group.scope)], "spans": .array(group.spans)]],
            ]
        }
        return ["resourceSpans": .array(resourceSpans)]
    }

    private static func otlpSpan(_ span: JSONValue) throws -> JSONValue {
        guard let traceID = span["trace_id"]?.stringValue, let spanID = span["span_id"]?.stringValue,
            let name = span["name"]?.stringValue
        else { throw InvalidTrace(reason: "a span lacks trace_id, span_id or name") }
        guard let times = SpanTimes(span: span) else {
            throw InvalidTrace(reason: "span \(spanID) has no valid start_time or end_time")
        }
        var members: [(String, JSONValue)] = [
            ("traceId", .string(traceID)), ("spanId", .string(spanID)),
        ]
        if let parent = span["parent_span_id"]?.stringValue { members.append(("parentSpanId", .string(parent))) }
        members += [
            ("name", .string(name)),
            ("kind", 1),  // SPAN_KIND_INTERNAL: the kind the API shows comes from the attributes
            ("startTimeUnixNano", .string(String(times.start))),
            ("endTimeUnixNano", .string(String(times.end))),
            ("attributes", .array(keyValues(span["attributes"] ?? .null))),
        ]
        var firstToken = times.firstToken
        let events: [JSONValue] = (span["events"]?.arrayValue ?? []).compactMap { event in
            guard var time = event["time"]?.stringValue.flatMap(RFC3339.parse)?.nanosecondsSinceEpoch else {
                return nil
            }
            if event["name"]?.stringValue == SpanTimes.firstTokenEventName, let exact = firstToken {
                time = exact
                firstToken = nil
            }
            return [
                "timeUnixNano": .string(String(time)),
                "name": event["name"] ?? "",
                "attributes": .array(keyValues(event["attributes"] ?? .null)),
            ]
        }
        if !events.isEmpty { members.append(("events", .array(events))) }
        var status: [(String, JSONValue)] = []
        switch span["status"]?.stringValue {
        case "error": status.append(("code", 2))
        case "ok": status.append(("code", 1))
        default: status.append(("code", 0))
        }
        if let message = span["status_message"]?.stringValue { status.append(("message", .string(message))) }
        members.append(("status", .object(JSONObject(status))))
        return .object(JSONObject(members))
    }

    /// An object's members as OTLP `KeyValue`s; null members are left out.
    private static func keyValues(_ object: JSONValue) -> [JSONValue] {
        guard let members = object.objectValue?.members else { return [] }
        return members.compactMap { member in
            anyValue(member.value).map { ["key": .string(member.key), "value": $0] }
        }
    }

    /// A JSON value as an OTLP `AnyValue`.
    private static func anyValue(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .null: return nil
        case .bool(let bool): return ["boolValue": .bool(bool)]
        case .int(let int): return ["intValue": .string(String(int))]
        case .double(let double): return ["doubleValue": .double(double)]
        case .string(let string): return ["stringValue": .string(string)]
        case .array(let values): return ["arrayValue": ["values": .array(values.compactMap(anyValue))]]
        case .object: return ["kvlistValue": ["values": .array(keyValues(value))]]
        }
    }
}
