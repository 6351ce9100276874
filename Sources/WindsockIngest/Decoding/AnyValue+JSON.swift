import Foundation
import OpenTelemetryProto
import OrderedJSON

extension Opentelemetry_Proto_Common_V1_AnyValue {
    /// The value as JSON: strings, booleans, integers and doubles as themselves, bytes as base64, arrays as arrays,
    /// key-value lists as objects; an empty value as `null`.
    var jsonValue: JSONValue {
        switch value {
        case .stringValue(let string): .string(string)
        case .boolValue(let bool): .bool(bool)
        case .intValue(let int): .int(Int(int))
        case .doubleValue(let double): .double(double)
        case .arrayValue(let array): .array(array.values.map(\.jsonValue))
        case .kvlistValue(let list): .object(list.values.jsonObject)
        case .bytesValue(let data): .string(data.base64EncodedString())
        case .stringValueStrindex, nil: .null
        }
    }
}

extension [Opentelemetry_Proto_Common_V1_KeyValue] {
    /// The key-values as a JSON object, in order (a repeated key keeps its last value).
    var jsonObject: JSONObject {
        JSONObject(map { ($0.key, $0.hasValue ? $0.value.jsonValue : .null) })
    }
}
