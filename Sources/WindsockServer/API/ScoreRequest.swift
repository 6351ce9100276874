import OrderedJSON
import WindsockModel

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The body of `POST /api/v1/scores`, validated field by field.
///
/// `{"trace_id", "span_id"?, "name", "value": number | string | boolean, "data_type"?: "numeric" |
/// "categorical" | "boolean", "comment"?, "source"?: "human" | "llm" | "code", "author"?}`
enum ScoreRequest {
    /// The longest name, comment or author accepted.
    static let maximumTextLength = 10_000

    /// The score described by `body`, with a new id and `now` as its time.
    static func parse(_ body: [UInt8], now: Timestamp) throws(APIError) -> Score {
        let json: JSONValue
        do {
            json = try JSONParser.parse(body)
        } catch {
            throw .invalidBody("The body is not valid JSON: \(error.reason) at byte \(error.offset).")
        }
        guard let object = json.objectValue else { throw .invalidBody("The body must be a JSON object.") }
        guard let traceText = object.present("trace_id")?.stringValue, let traceID = TraceID(hex: traceText) else {
            throw .invalidParameter("trace_id", "required: a trace id of 32 hex digits")
        }
        var spanID: SpanID?
        if let spanValue = object.present("span_id") {
            guard let text = spanValue.stringValue, let parsed = SpanID(hex: text) else {
                throw .invalidParameter("span_id", "expected a span id of 16 hex digits")
            }
            spanID = parsed
        }
        guard let name = object.present("name")?.stringValue, !name.isEmpty, name.count <= maximumTextLength else {
            throw .invalidParameter("name", "required: a non-empty string")
        }
        let value = try parseValue(object)
        var source = ScoreSource.human
        if let sourceValue = object.present("source") {
            guard let text = sourceValue.stringValue, let parsed = ScoreSource(rawValue: text) else {
                throw .invalidParameter("source", "expected one of human, llm, code")
            }
            source = parsed
        }
        return Score(
            id: UUID().uuidString.lowercased(), traceID: traceID, spanID: spanID, name: name, value: value,
            comment: try optionalText(object, "comment"), source: source, author: try optionalText(object, "author"),
            createdAt: now)
    }

    private static func parseValue(_ object: JSONObject) throws(APIError) -> ScoreValue {
        let dataType = object.present("data_type")?.stringValue
        if object.present("data_type") != nil,
            !["numeric", "categorical", "boolean"].contains(dataType ?? "")
        {
            throw .invalidParameter("data_type", "expected one of numeric, categorical, boolean")
        }
        let value: ScoreValue
        switch object.present("value") {
        case .int(let number)?: value = .number(Double(number))
        case .double(let number)?: value = .number(number)
        case .string(let text)? where !text.isEmpty && text.count <= maximumTextLength: value = .category(text)
        case .bool(let flag)?: value = .boolean(flag)
        default: throw .invalidParameter("value", "required: a number, a non-empty string or a boolean")
        }
        if let dataType, dataType != value.dataType {
            throw .invalidParameter("value", "a \(value.dataType) value does not match data_type '\(dataType)'")
        }
        return value
    }

    private static func optionalText(_ object: JSONObject, _ name: String) throws(APIError) -> String? {
        guard let value = object.present(name) else { return nil }
        guard let text = value.stringValue, text.count <= maximumTextLength else {
            throw .invalidParameter(name, "expected a string of at most \(maximumTextLength) characters")
        }
        return text
    }
}
