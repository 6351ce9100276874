import OrderedJSON
import WindsockModel

/// Decodes an OTLP/HTTP JSON body per the OTLP specification: lowerCamelCase keys (snake_case accepted too), ids as
/// hex (base64 accepted, as swift-otel sends them), 64-bit integers as strings or numbers, enums as integers or
/// names. Unknown fields are ignored, as the protobuf JSON mapping allows.
enum JSONTraceDecoder {
    static func decode(
        _ body: [UInt8], into sink: (RawSpan, SpanOrigin) -> Void, rejections: inout RejectionLog
    ) throws(OTLPDecodingError) {
        let root: JSONValue
        do {
            root = try JSONParser.parse(body)
        } catch {
            throw OTLPDecodingError(message: "invalid JSON body: \(error.reason) at byte \(error.offset)")
        }
        guard case .object(let request) = root else {
            throw OTLPDecodingError(
                message: "the body must be a JSON object (ExportTraceServiceRequest), got \(root.typeName)")
        }
        var resourceSpansList: [JSONValue] = []
        for member in request.members where member.key == "resourceSpans" || member.key == "resource_spans" {
            resourceSpansList = try array(member.value, at: member.key)
        }
        for (resourceIndex, resourceSpansValue) in resourceSpansList.enumerated() {
            let resourcePath = "resourceSpans[\(resourceIndex)]"
            let resourceSpans = try object(resourceSpansValue, at: resourcePath)
            var resourceAttributes = JSONObject()
            var scopeSpansList: [JSONValue] = []
            for member in resourceSpans.members {
                switch member.key {
                case "resource":
                    let resource = try object(member.value, at: resourcePath + ".resource")
                    if let attributes = resource.present("attributes") {
                        resourceAttributes = try keyValues(attributes, at: resourcePath + ".resource.attributes")
                    }
                case "scopeSpans", "scope_spans":
                    scopeSpansList = try array(member.value, at: resourcePath + ".scopeSpans")
                default:
                    continue
                }
            }
            for (scopeIndex, scopeSpansValue) in scopeSpansList.enumerated() {
                let scopePath = resourcePath + ".scopeSpans[\(scopeIndex)]"
                let scopeSpans = try object(scopeSpansValue, at: scopePath)
                var origin = SpanOrigin(resourceAttributes: resourceAttributes)
                var spans: [JSONValue] = []
                for member in scopeSpans.members {
                    switch member.key {
                    case "scope":
                        let scope = try object(member.value, at: scopePath + ".scope")
                        origin.scopeName = try optionalString(scope.present("name"), at: scopePath + ".scope.name")
                        origin.scopeVersion = try optionalString(
                            scope.present("version"), at: scopePath + ".scope.version")
                    case "spans":
                        spans = try array(member.value, at: scopePath + ".spans")
                    default:
                        continue
                    }
                }
                for (spanIndex, spanValue) in spans.enumerated() {
                    let fields = try SpanFields(
                        try object(spanValue, at: scopePath + ".spans[\(spanIndex)]"),
                        at: scopePath + ".spans[\(spanIndex)]")
                    do {
                        sink(try fields.rawSpan(), origin)
                    } catch {
                        rejections.record(error, spanName: fields.name, position: scopePath + ".spans[\(spanIndex)]")
                    }
                }
            }
        }
    }

    /// The members of one JSON span, type-checked (a wrong type is a malformed body) but not yet validated.
    private struct SpanFields {
        var traceID = ""
        var spanID = ""
        var parentSpanID = ""
        var name = ""
        var kind = 0
        var start: UInt64 = 0
        var end: UInt64 = 0
        var attributes = JSONObject()
        var events: [SpanEvent] = []
        var statusCode = 0
        var statusMessage = ""

        init(_ span: JSONObject, at path: @autoclosure () -> String) throws(OTLPDecodingError) {
            for member in span.members {
                let value = member.value
                if value.isNull { continue }
                switch member.key {
                case "traceId", "trace_id": traceID = try string(value, at: path() + "." + member.key)
                case "spanId", "span_id": spanID = try string(value, at: path() + "." + member.key)
                case "parentSpanId", "parent_span_id": parentSpanID = try string(value, at: path() + "." + member.key)
                case "name": name = try string(value, at: path() + "." + member.key)
                case "kind":
                    kind = try enumeration(
                        value, prefix: "SPAN_KIND_", names: Self.kindNames, at: path() + "." + member.key)
                case "startTimeUnixNano", "start_time_unix_nano":
                    start = try unsigned(value, at: path() + "." + member.key)
                case "endTimeUnixNano", "end_time_unix_nano": end = try unsigned(value, at: path() + "." + member.key)
                case "attributes": attributes = try keyValues(value, at: path() + "." + member.key)
                case "events": events = try Self.events(value, at: path() + "." + member.key)
                case "status":
                    for statusMember in try object(value, at: path() + ".status").members
                    where !statusMember.value.isNull {
                        switch statusMember.key {
                        case "code":
                            statusCode = try enumeration(
                                statusMember.value, prefix: "STATUS_CODE_", names: Self.statusNames,
                                at: path() + ".status.code")
                        case "message":
                            statusMessage = try string(statusMember.value, at: path() + ".status.message")
                        default: continue
                        }
                    }
                default: continue
                }
            }
        }

        private static let kindNames = ["UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER"]
        private static let statusNames = ["UNSET", "OK", "ERROR"]

        private static func events(_ value: JSONValue, at path: @autoclosure () -> String) throws(OTLPDecodingError)
            -> [SpanEvent]
        {
            var events: [SpanEvent] = []
            for (index, eventValue) in try array(value, at: path()).enumerated() {
                var event = SpanEvent(name: "", time: Timestamp(nanosecondsSinceEpoch: 0))
                for member in try object(eventValue, at: path() + "[\(index)]").members where !member.value.isNull {
                    switch member.key {
                    case "name": event.name = try string(member.value, at: path() + "[\(index)]" + ".name")
                    case "timeUnixNano", "time_unix_nano":
                        let time = try unsigned(member.value, at: path() + "[\(index)]" + ".timeUnixNano")
                        event.time = Timestamp(nanosecondsSinceEpoch: Int64(clamping: time))
                    case "attributes":
                        event.attributes = try keyValues(member.value, at: path() + "[\(index)]" + ".attributes")
                    default: continue
                    }
                }
                events.append(event)
            }
            return events
        }

        func rawSpan() throws(SpanRejection) -> RawSpan {
            guard let traceBytes = IdentifierText.bytes(traceID, count: 16) else {
                throw SpanRejection(reason: "traceId \"\(traceID)\" is neither 32 hex digits nor base64 of 16 bytes")
            }
            guard let spanBytes = IdentifierText.bytes(spanID, count: 8) else {
                throw SpanRejection(reason: "spanId \"\(spanID)\" is neither 16 hex digits nor base64 of 8 bytes")
            }
            guard let parentBytes = IdentifierText.bytes(parentSpanID, count: 8) else {
                throw SpanRejection(
                    reason: "parentSpanId \"\(parentSpanID)\" is neither 16 hex digits nor base64 of 8 bytes")
            }
            let (startTime, endTime) = try SpanValidation.times(start: start, end: end)
            try SpanValidation.counts(
                attributes: attributes.members.count, events: events.count,
                eventAttributes: events.reduce(0) { max($0, $1.attributes.members.count) })
            return RawSpan(
                traceID: try SpanValidation.traceID(traceBytes),
                spanID: try SpanValidation.spanID(spanBytes),
                parentSpanID: try SpanValidation.parentSpanID(parentBytes),
                name: name,
                kind: RawSpan.Kind(rawValue: kind) ?? .unspecified,
                startTime: startTime,
                endTime: endTime,
                attributes: attributes,
                events: events,
                statusCode: RawSpan.StatusCode(rawValue: statusCode) ?? .unset,
                statusMessage: statusMessage
            )
        }
    }

    // MARK: - Typed access with the path in the error

    private static func failure(_ path: String, expected: String, got value: JSONValue) -> OTLPDecodingError {
        OTLPDecodingError(message: "\(path): expected \(expected), got \(value.typeName)")
    }

    private static func object(_ value: JSONValue, at path: @autoclosure () -> String) throws(OTLPDecodingError)
        -> JSONObject
    {
        guard case .object(let object) = value else { throw failure(path(), expected: "an object", got: value) }
        return object
    }

    private static func array(_ value: JSONValue, at path: @autoclosure () -> String) throws(OTLPDecodingError)
        -> [JSONValue]
    {
        switch value {
        case .array(let elements): return elements
        case .null: return []
        default: throw failure(path(), expected: "an array", got: value)
        }
    }

    private static func string(_ value: JSONValue, at path: @autoclosure () -> String) throws(OTLPDecodingError)
        -> String
    {
        guard case .string(let string) = value else { throw failure(path(), expected: "a string", got: value) }
        return string
    }

    private static func optionalString(_ value: JSONValue?, at path: @autoclosure () -> String)
        throws(OTLPDecodingError) -> String?
    {
        guard let value else { return nil }
        let text = try string(value, at: path())
        return text.isEmpty ? nil : text
    }

    /// A uint64/fixed64: a JSON number or a string of digits.
    private static func unsigned(_ value: JSONValue, at path: @autoclosure () -> String) throws(OTLPDecodingError)
        -> UInt64
    {
        switch value {
        case .int(let int) where int >= 0: return UInt64(int)
        case .double(let double) where double >= 0 && double.rounded() == double && double < 1.8e19:
            return UInt64(double)
        case .string(let text):
            if let parsed = UInt64(text) { return parsed }
            throw OTLPDecodingError(message: "\(path()): expected an unsigned integer, got the string \"\(text)\"")
        default: throw failure(path(), expected: "an unsigned integer", got: value)
        }
    }

    /// An enum: its number, or its name with or without the prefix.
    private static func enumeration(
        _ value: JSONValue, prefix: String, names: [String], at path: @autoclosure () -> String
    ) throws(OTLPDecodingError) -> Int {
        switch value {
        case .int(let int): return int
        case .string(let text):
            let name = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
            if let index = names.firstIndex(of: name.uppercased()) { return index }
            if let number = Int(text) { return number }
            throw OTLPDecodingError(message: "\(path()): unknown value \"\(text)\"")
        default: throw failure(path(), expected: "an enum number or name", got: value)
        }
    }

    /// A repeated `KeyValue` as a JSON object.
    static func keyValues(_ value: JSONValue, at path: @autoclosure () -> String) throws(OTLPDecodingError)
        -> JSONObject
    {
        var pairs: [(String, JSONValue)] = []
        let elements = try array(value, at: path())
        pairs.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            var key: String?
            var attributeValue = JSONValue.null
            for member in try object(element, at: path() + "[\(index)]").members {
                switch member.key {
                case "key": key = try string(member.value, at: path() + "[\(index)].key")
                case "value": attributeValue = try anyValue(member.value, at: path() + "[\(index)].value")
                default: continue
                }
            }
            guard let key else {
                throw OTLPDecodingError(message: "\(path())[\(index)]: a KeyValue needs a \"key\"")
            }
            pairs.append((key, attributeValue))
        }
        return JSONObject(pairs)
    }

    /// An `AnyValue` as JSON.
    private static func anyValue(_ value: JSONValue, at path: @autoclosure () -> String) throws(OTLPDecodingError)
        -> JSONValue
    {
        if value.isNull { return .null }
        for member in try object(value, at: path()).members {
            let inner = member.value
            switch member.key {
            case "stringValue", "string_value":
                return .string(try string(inner, at: path() + ".stringValue"))
            case "boolValue", "bool_value":
                guard case .bool = inner else {
                    throw failure(path() + ".boolValue", expected: "a boolean", got: inner)
                }
                return inner
            case "intValue", "int_value":
                switch inner {
                case .int: return inner
                case .string(let text):
                    guard let int = Int(text) else {
                        throw OTLPDecodingError(message: "\(path()).intValue: \"\(text)\" is not a 64-bit integer")
                    }
                    return .int(int)
                case .double(let double) where double.rounded() == double:
                    guard let int = Int(exactly: double) else { break }
                    return .int(int)
                default: break
                }
                throw failure(path() + ".intValue", expected: "an integer", got: inner)
            case "doubleValue", "double_value":
                switch inner {
                case .double, .int: return .double(inner.doubleValue ?? 0)
                case .string(let text):
                    if let double = Double(text) { return .double(double) }
                    switch text {
                    case "NaN": return .double(.nan)
                    case "Infinity": return .double(.infinity)
                    case "-Infinity": return .double(-.infinity)
                    default:
                        throw OTLPDecodingError(message: "\(path()).doubleValue: \"\(text)\" is not a number")
                    }
                default: throw failure(path() + ".doubleValue", expected: "a number", got: inner)
                }
            case "bytesValue", "bytes_value":
                return .string(try string(inner, at: path() + ".bytesValue"))
            case "arrayValue", "array_value":
                let values = try object(inner, at: path() + ".arrayValue").present("values") ?? .array([])
                var elements: [JSONValue] = []
                for (index, element) in try array(values, at: path() + ".arrayValue.values").enumerated() {
                    elements.append(try anyValue(element, at: path() + ".arrayValue.values[\(index)]"))
                }
                return .array(elements)
            case "kvlistValue", "kvlist_value":
                let values = try object(inner, at: path() + ".kvlistValue").present("values") ?? .array([])
                return .object(try keyValues(values, at: path() + ".kvlistValue.values"))
            default:
                continue
            }
        }
        return .null
    }
}
