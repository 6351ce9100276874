import OrderedJSON
import WindsockModel

/// The normalised span fields that a span's raw attributes and resource attributes give back as the OpenTelemetry
/// GenAI conventions name them: a stored detail leaves out each field equal to what this derives, and reading
/// derives it again (``SpanDetail``). Normalisation may have taken a field from elsewhere (another convention,
/// a mapped name): the writer compares, and stores any field that differs, so reading is always exact.
struct DerivedSpanFields: Equatable {
    /// The resource's `service.name`.
    var service: String?
    /// `gen_ai.provider.name`, else `gen_ai.system`.
    var provider: String?
    /// `gen_ai.operation.name`.
    var operation: String?
    /// `gen_ai.response.id`.
    var responseID: String?
    /// The `gen_ai.request.*` attributes but the model, in attribute order, named as the normaliser names them
    /// (``GenAIParameterName``); nulls, empty strings and empty arrays left out, the first of a name kept.
    var parameters: JSONObject

    private static let requestPrefix = "gen_ai.request."

    init(attributes: JSONObject, resourceAttributes: JSONObject) {
        service = resourceAttributes["service.name"]?.stringValue
        parameters = JSONObject()
        // One pass over the attributes: a detail is encoded for every span written.
        var system: String?
        for member in attributes.members {
            switch member.key {
            case "gen_ai.provider.name": if provider == nil { provider = member.value.stringValue }
            case "gen_ai.system": if system == nil { system = member.value.stringValue }
            case "gen_ai.operation.name": if operation == nil { operation = member.value.stringValue }
            case "gen_ai.response.id": if responseID == nil { responseID = member.value.stringValue }
            default:
                guard member.key.utf8.starts(with: Self.requestPrefix.utf8) else { continue }
                let name = member.key.dropFirst(Self.requestPrefix.count)
                guard name != "model", !Self.isUnset(member.value) else { continue }
                let parameter = GenAIParameterName.parameter(forRequestAttribute: name)
                if !parameters.contains(parameter) { parameters[parameter] = member.value }
            }
        }
        provider = provider ?? system
    }

    private static func isUnset(_ value: JSONValue) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.isEmpty
        case .array(let elements): elements.isEmpty
        default: false
        }
    }
}
