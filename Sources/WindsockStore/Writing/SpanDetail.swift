import OrderedJSON
import WindsockModel

/// The parts of a span that no query filters on, kept as one compact JSON document per span.
///
/// Raw attributes whose text is exactly the stored input or output (`gen_ai.input.messages` sent as the
/// compact JSON that the normalised input re-serialises to, `input.value`, `mlflow.spanInputs`, …), or the
/// text of an input or output that is a JSON string, are not stored twice: the attribute keeps its place
/// with a `null`, and reading rebuilds every raw attribute exactly.
///
/// Version 2 (`"v":2`, written since the store size work of issue 3) also leaves out the service, provider,
/// operation, response id and request parameters when the raw and resource attributes give them back
/// (``DerivedSpanFields``; a field that differs is stored, `null` when the span has none), and names where
/// each `null` attribute's text is with one letter per `null` attribute in `refs` (`i`, `o`: the input's or
/// output's text; `I`, `O`: the string that the input or output is; `-`: a real `null`), and writes well-known
/// attribute names as short codes (``AttributeKeyCodes``). Version 1 details
/// (no `v`) store every field and an `attribute_refs` object, and are read as they always were.
package enum SpanDetail {
    /// Attribute texts shorter than this are stored as they are.
    private static let minimumSharedLength = 32

    /// The detail document of `span`, given the stored texts of its input and output.
    /// `resourceID` names the span's resource attributes, stored once in `resources` (``ResourceRecord``).
    package static func encode(_ span: Span, inputText: String?, outputText: String?, resourceID: String?) -> String {
        let derived = DerivedSpanFields(attributes: span.attributes, resourceAttributes: span.resourceAttributes)
        var detail = JSONObject()
        detail["v"] = .int(2)
        func put(_ key: String, _ value: String?, derived: String?) {
            if value != derived { detail[key] = value.map(JSONValue.string) ?? .null }
        }
        put("service", span.serviceName, derived: derived.service)
        detail["scope"] = span.scopeName.map(JSONValue.string)
        put("provider", span.provider, derived: derived.provider)
        put("operation", span.operation, derived: derived.operation)
        put("response_id", span.responseID, derived: derived.responseID)
        if span.parameters != derived.parameters { detail["parameters"] = .object(span.parameters) }
        detail["tools"] = span.toolDefinitions
        detail["ttft_ms"] = span.timeToFirstTokenMs.map(JSONValue.double)
        if !span.finishReasons.isEmpty { detail["finish"] = .array(span.finishReasons.map(JSONValue.string)) }
        if let prompt = span.prompt { detail["prompt"] = encode(prompt) }
        var attributes = span.attributes
        var references: [UInt8] = []
        let shared: [(reference: UInt8, text: String?)] = [
            (UInt8(ascii: "i"), inputText), (UInt8(ascii: "o"), outputText),
            (UInt8(ascii: "I"), span.input?.stringValue), (UInt8(ascii: "O"), span.output?.stringValue),
        ]
        for member in span.attributes.members {
            switch member.value {
            case .null:
                references.append(UInt8(ascii: "-"))
            case .string(let text):
                guard text.utf8.count >= minimumSharedLength, let match = shared.first(where: { $0.text == text })
                else { continue }
                attributes[member.key] = .null
                references.append(match.reference)
            default:
                continue
            }
        }
        if !attributes.isEmpty { detail["attributes"] = .object(AttributeKeyCodes.encode(attributes)) }
        if references.contains(where: { $0 != UInt8(ascii: "-") }) {
            detail["refs"] = .string(String(decoding: references, as: UTF8.self))
        }
        detail["resource_id"] = resourceID.map(JSONValue.string)
        if !span.events.isEmpty {
            detail["events"] = .array(
                span.events.map { event in
                    var object = JSONObject([
                        ("name", .string(event.name)), ("time_ns", .int(Int(event.time.nanosecondsSinceEpoch))),
                    ])
                    if !event.attributes.isEmpty { object["attributes"] = .object(event.attributes) }
                    return .object(object)
                })
        }
        return CompactJSON.string(.object(detail))
    }

    /// Fills the detail's fields into `span`; `resourceAttributes` are the attributes of the resource the
    /// detail names (``resourceID(ofDetail:)``), which the span gets too.
    package static func decode(
        _ text: String, into span: inout Span, inputText: String?, outputText: String?,
        resourceAttributes: JSONObject = JSONObject()
    ) throws {
        guard case .object(let detail) = try JSONParser.parse(text) else {
            throw StoreError(.invalidInput, "a stored span detail is not a JSON object")
        }
        span.scopeName = detail["scope"]?.stringValue
        span.toolDefinitions = detail["tools"]
        span.timeToFirstTokenMs = detail["ttft_ms"]?.doubleValue
        span.finishReasons = detail["finish"]?.arrayValue?.compactMap(\.stringValue) ?? []
        span.prompt = detail["prompt"]?.objectValue.map(decodePrompt)
        func sharedText(_ reference: String?) throws -> String? {
            switch reference {
            case "input", "i": return inputText
            case "output", "o": return outputText
            case "input_string", "I": return try inputText.map(SpanRecord.parseJSON)?.stringValue
            case "output_string", "O": return try outputText.map(SpanRecord.parseJSON)?.stringValue
            default: return nil
            }
        }
        var attributes = detail["attributes"]?.objectValue ?? JSONObject()
        span.resourceAttributes = resourceAttributes
        guard detail["v"]?.intValue == 2 else {
            for member in detail["attribute_refs"]?.objectValue?.members ?? [] {
                attributes[member.key] = try sharedText(member.value.stringValue).map(JSONValue.string) ?? .null
            }
            span.attributes = attributes
            span.serviceName = detail["service"]?.stringValue
            span.provider = detail["provider"]?.stringValue
            span.operation = detail["operation"]?.stringValue
            span.responseID = detail["response_id"]?.stringValue
            span.parameters = detail["parameters"]?.objectValue ?? JSONObject()
            span.events = events(of: detail)
            return
        }
        attributes = AttributeKeyCodes.decode(attributes)
        if let references = detail["refs"]?.stringValue {
            var letters = references.utf8.makeIterator()
            for member in attributes.members where member.value.isNull {
                guard let letter = letters.next() else { break }
                guard letter != UInt8(ascii: "-") else { continue }
                let reference = String(decoding: [letter], as: UTF8.self)
                attributes[member.key] = try sharedText(reference).map(JSONValue.string) ?? .null
            }
        }
        span.attributes = attributes
        let derived = DerivedSpanFields(attributes: attributes, resourceAttributes: resourceAttributes)
        func field(_ key: String, derived: String?) -> String? {
            detail.contains(key) ? detail[key]?.stringValue : derived
        }
        span.serviceName = field("service", derived: derived.service)
        span.provider = field("provider", derived: derived.provider)
        span.operation = field("operation", derived: derived.operation)
        span.responseID = field("response_id", derived: derived.responseID)
        span.parameters =
            detail.contains("parameters") ? detail["parameters"]?.objectValue ?? JSONObject() : derived.parameters
        span.events = events(of: detail)
    }

    private static func events(of detail: JSONObject) -> [SpanEvent] {
        (detail["events"]?.arrayValue ?? []).compactMap { value in
            guard let name = value["name"]?.stringValue, let time = value["time_ns"]?.intValue else { return nil }
            return SpanEvent(
                name: name, time: Timestamp(nanosecondsSinceEpoch: Int64(time)),
                attributes: value["attributes"]?.objectValue ?? JSONObject())
        }
    }

    /// The resource id that a stored detail names, if any.
    package static func resourceID(ofDetail text: String) -> String? {
        guard let range = text.range(of: "\"resource_id\":\""),
            let end = text[range.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return String(text[range.upperBound..<end])
    }

    private static func encode(_ prompt: PromptReference) -> JSONValue {
        var object = JSONObject()
        object["name"] = prompt.name.map(JSONValue.string)
        object["version"] = prompt.version.map(JSONValue.string)
        object["template"] = prompt.template.map(JSONValue.string)
        object["variables"] = prompt.variables.map(JSONValue.object)
        return .object(object)
    }

    private static func decodePrompt(_ object: JSONObject) -> PromptReference {
        PromptReference(
            name: object["name"]?.stringValue, version: object["version"]?.stringValue,
            template: object["template"]?.stringValue, variables: object["variables"]?.objectValue)
    }
}
