import OrderedJSON
import WindsockModel

extension JSONValue {
    /// A number, or `null` when unknown.
    static func optional(_ value: Double?) -> JSONValue {
        value.map(JSONValue.double) ?? .null
    }

    /// A time as RFC 3339 text.
    static func time(_ value: Timestamp) -> JSONValue {
        .string(RFC3339.format(value))
    }

    /// An array of strings.
    static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }
}
