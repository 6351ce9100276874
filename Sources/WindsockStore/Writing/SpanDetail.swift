import OrderedJSON
import WindsockModel

/// The parts of a span that no query filters on, kept as one compact JSON document per span.
///
/// Raw attributes whose text is exactly the stored input or output (`gen_ai.input.messages` sent as the
/// compact JSON that the normalised input re-serialises to, `input.value`, `mlflow.spanInputs`, …), or the
/// text of an input or output that is a JSON string, are not stored twice: the attribute keeps its place
/// with a `null` and `attribute_refs` names where its text is, so that reading rebuilds every raw attribute
/// exactly.
package enum SpanDetail {
    /// Attribute texts shorter than this are stored as they are.
    private static let minimumSharedLength = 32

    /// The detail document of `span`, given the stored texts of its input and output.
    /// `resourceID` names the span's resource attributes, stored once in `resources` (``ResourceRecord``).
    package static func encode(_ span: Span, inputText: String?, outputText: String?, resourceID: String?) -> String {
        var detail = JSONObject()
        detail["service"] = span.serviceName.map(JSONValue.string)
        detail["scope"] = span.scopeName.map(JSONValue.string)
        detail["provider"] = span.provider.map(JSONValue.string)
        detail["operation"] = span.operation.map(JSONValue.string)
        detail["response_id"] = span.responseID.map(JSONValue.string)
        if !span.parameters.isEmpty { detail["parameters"] = .object(span.parameters) }
        detail["tools"] = span.toolDefinitions
        detail["ttft_ms"] = span.timeToFirstTokenMs.map(JSONValue.double)
        if !span.finishReasons.isEmpty { detail["finish"] = .array(span.finishReasons.map(JSONValue.string)) }
        if let prompt = span.prompt { detail["prompt"] = encode(prompt) }
        var attributes = span.attributes
        var references = JSONObject()
        let shared: [(reference: String, text: String?)] = [
            ("input", inputText), ("output", outputText), ("input_string", span.input?.stringValue),
            ("output_string", span.output?.stringValue),
        ]
        for member in span.attributes.members {
            guard case .string(let text) = member.value, text.utf8.count >= minimumSharedLength,
                let match = shared.first(where: { $0.text == text })
            else { continue }
            attributes[member.key] = .null
            references[member.key] = .string(match.reference)
        }
        if !attributes.isEmpty { detail["attributes"] = .object(attributes) }
        if !references.isEmpty { detail["attribute_refs"] = .object(references) }
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

    /// Fills the detail's fields into `span`.
    package static func decode(_ text: String, into span: inout Span, inputText: String?, outputText: String?) throws {
        guard case .object(let detail) = try JSONParser.parse(text) else {
            throw StoreError(.invalidInput, "a stored span detail is not a JSON object")
        }
        span.serviceName = detail["service"]?.stringValue
        span.scopeName = detail["scope"]?.stringValue
        span.provider = detail["provider"]?.stringValue
        span.operation = detail["operation"]?.stringValue
        span.responseID = detail["response_id"]?.stringValue
        span.parameters = detail["parameters"]?.objectValue ?? JSONObject()
        span.toolDefinitions = detail["tools"]
        span.timeToFirstTokenMs = detail["ttft_ms"]?.doubleValue
        span.finishReasons = detail["finish"]?.arrayValue?.compactMap(\.stringValue) ?? []
        span.prompt = detail["prompt"]?.objectValue.map(decodePrompt)
        var attributes = detail["attributes"]?.objectValue ?? JSONObject()
        for member in detail["attribute_refs"]?.objectValue?.members ?? [] {
            let text: String?
            switch member.value.stringValue {
            case "input": text = inputText
            case "output": text = outputText
            case "input_string": text = try inputText.map(SpanRecord.parseJSON)?.stringValue
            case "output_string": text = try outputText.map(SpanRecord.parseJSON)?.stringValue
            default: text = nil
            }
            attributes[member.key] = text.map(JSONValue.string) ?? .null
        }
        span.attributes = attributes
        // The resource attributes are filled in from `resources` by the caller (``resourceID(ofDetail:)``).
        span.resourceAttributes = JSONObject()
        span.events = (detail["events"]?.arrayValue ?? []).compactMap { value in
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
