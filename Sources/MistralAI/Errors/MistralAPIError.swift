import Foundation
import NIOHTTP1

/// An error answered by the Mistral API (an HTTP status outside 2xx, or an error event inside a stream).
///
/// It decodes every error body shape the API and its gateway send:
/// - the envelope `{"object":"error","message":…,"type":…,"param":…,"code":…}` where `message` is a string
///   or an object (a 422 carries `{"detail":[…]}` there);
/// - FastAPI bodies `{"detail":"Unauthorized"}` and `{"detail":[{"loc":…,"msg":…,"type":…}]}`;
/// - gateway bodies `{"message":"Unauthorized","request_id":"…"}`;
/// - empty or non-JSON bodies.
public struct MistralAPIError: Sendable, Hashable {
    /// The HTTP status (200 for an error event inside a stream).
    public var status: Int
    /// Mistral's error type, e.g. `invalid_model`, `invalid_request_error`, `rate_limited`.
    public var type: String?
    /// Mistral's error code, e.g. `"1500"` (numbers are given as text).
    public var code: String?
    /// A human-readable message, derived from whichever shape the body had.
    public var message: String
    /// The `message` member when the API sent an object instead of a string.
    public var messageObject: JSONValue?
    /// The `param` member, when present.
    public var param: String?
    /// Individual validation problems (422 bodies), when present.
    public var validationIssues: [MistralValidationIssue]
    /// The request id from the body or the response headers.
    public var requestID: String?
    /// How long the server asked to wait before retrying (`Retry-After`, seconds or an HTTP date).
    public var retryAfter: Duration?
    /// The raw body text (at most 64 KiB).
    public var body: String

    public init(
        status: Int,
        type: String? = nil,
        code: String? = nil,
        message: String,
        messageObject: JSONValue? = nil,
        param: String? = nil,
        validationIssues: [MistralValidationIssue] = [],
        requestID: String? = nil,
        retryAfter: Duration? = nil,
        body: String = ""
    ) {
        self.status = status
        self.type = type
        self.code = code
        self.message = message
        self.messageObject = messageObject
        self.param = param
        self.validationIssues = validationIssues
        self.requestID = requestID
        self.retryAfter = retryAfter
        self.body = body
    }
}

/// One validation problem of a 422 answer (`{"type","loc","msg","input"}`).
public struct MistralValidationIssue: Sendable, Hashable {
    /// The problem kind, e.g. `extra_forbidden` or `missing`.
    public var type: String?
    /// Where the problem is, e.g. `["body", "max_completion_tokens"]`.
    public var location: [String]
    /// What is wrong.
    public var message: String
    /// The offending input, when sent back.
    public var input: JSONValue?

    public init(type: String? = nil, location: [String] = [], message: String, input: JSONValue? = nil) {
        self.type = type
        self.location = location
        self.message = message
        self.input = input
    }

    init?(json: JSONValue) {
        guard case .object(let object) = json else { return nil }
        type = object["type"]?.stringValue
        location = (object["loc"]?.arrayValue ?? []).map { element in
            element.stringValue ?? element.intValue.map(String.init) ?? element.jsonString
        }
        message = object["msg"]?.stringValue ?? object["message"]?.stringValue ?? json.jsonString
        input = object["input"]
    }

    var summary: String {
        location.isEmpty ? message : "\(location.joined(separator: ".")): \(message)"
    }
}

extension MistralAPIError {
    static let maximumBodyCharacters = 65_536

    /// Builds the error from an HTTP answer, whatever the body shape.
    init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
        let text = String(decoding: body.prefix(Self.maximumBodyCharacters), as: UTF8.self)
        self.init(status: status, bodyText: text)
        requestID = requestID ?? Self.requestID(in: headers)
        retryAfter = RetryAfter.parse(headers)
    }

    /// Builds the error from a body text (also used for error events inside a stream).
    init(status: Int, bodyText: String) {
        let json = try? JSONValue(parsing: bodyText)
        self.init(status: status, message: "", body: bodyText)
        if case .object(let object)? = json {
            fill(from: object)
        }
        if message.isEmpty {
            let trimmed = bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
            message = trimmed.isEmpty ? Self.reason(for: status) : String(trimmed.prefix(500))
        }
    }

    private mutating func fill(from object: [String: JSONValue]) {
        type = object["type"]?.stringValue
        code = object["code"].flatMap(Self.text)
        param = object["param"].flatMap(Self.text)
        requestID = object["request_id"]?.stringValue
        switch object["message"] {
        case .string(let text)?:
            message = text
        case .object(let inner)?:
            messageObject = .object(inner)
            readDetail(inner["detail"])
            if message.isEmpty {
                message = inner["message"]?.stringValue ?? JSONValue.object(inner).jsonString
            }
        case let other? where other != .null:
            messageObject = other
            message = other.jsonString
        default:
            break
        }
        if message.isEmpty {
            readDetail(object["detail"])
        }
    }

    private mutating func readDetail(_ detail: JSONValue?) {
        switch detail {
        case .string(let text)?:
            message = text
        case .array(let items)?:
            validationIssues = items.compactMap(MistralValidationIssue.init(json:))
            message = validationIssues.map(\.summary).joined(separator: "; ")
        case .object(let object)?:
            message =
                object["msg"]?.stringValue ?? object["message"]?.stringValue ?? JSONValue.object(object).jsonString
        default:
            break
        }
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number: value.intValue.map(String.init) ?? value.jsonString
        case .null: nil
        default: value.jsonString
        }
    }

    private static func requestID(in headers: HTTPHeaders) -> String? {
        for name in ["x-request-id", "request-id", "mistral-correlation-id", "x-kong-request-id"] {
            if let value = headers.first(name: name), !value.isEmpty { return value }
        }
        return nil
    }

    private static func reason(for status: Int) -> String {
        let phrase = HTTPResponseStatus(statusCode: status).reasonPhrase
        return phrase.isEmpty ? "HTTP \(status)" : phrase
    }
}

extension MistralAPIError: CustomStringConvertible {
    public var description: String {
        var details: [String] = []
        if let type { details.append(type) }
        if let code { details.append("code \(code)") }
        var text = "Mistral API error \(status)"
        if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
        text += ": \(message)"
        if let requestID { text += " [request id \(requestID)]" }
        return text
    }
}
