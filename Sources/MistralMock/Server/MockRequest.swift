import HTTPTypes
import OrderedJSON

/// A request as the emulator's route handlers see it: collected body, query and path parameters.
struct MockRequest: Sendable {
    var method: HTTPRequest.Method
    /// The path without the query string.
    var path: String
    /// The query parameters (first value of each name).
    var query: [String: String]
    var headers: HTTPFields
    var body: [UInt8]
    /// The path parameters of the matched route (e.g. `agent_id`).
    var parameters: [String: String]
    /// `http://host:port` as the client addressed the emulator.
    var baseURL: String
    /// The body parsed as JSON once (`nil` for an empty or multipart body).
    var parsedBody: Result<JSONValue, JSONParseError>?

    /// A request; a non-empty, non-multipart body is parsed as JSON once here.
    init(
        method: HTTPRequest.Method,
        path: String,
        query: [String: String] = [:],
        headers: HTTPFields = [:],
        body: [UInt8] = [],
        parameters: [String: String] = [:],
        baseURL: String = "http://127.0.0.1"
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.parameters = parameters
        self.baseURL = baseURL
        let isMultipart = headers[.contentType]?.lowercased().hasPrefix("multipart/") == true
        if !body.isEmpty && !isMultipart {
            self.parsedBody = Result { () throws(JSONParseError) in try JSONParser.parse(body) }
        }
    }

    /// The path parameter `name` (empty when the route has none of that name).
    func parameter(_ name: String) -> String {
        parameters[name] ?? ""
    }

    /// The body parsed as JSON, or the 422 the real API sends for a missing or malformed body.
    func json() throws(MockAPIError) -> JSONValue {
        guard !body.isEmpty else {
            throw .validation([
                ValidationIssue(type: "missing", location: ["body"], message: "Field required", input: nil)
            ])
        }
        do {
            return try JSONParser.parse(body)
        } catch {
            throw .validation([.jsonInvalid(error)])
        }
    }

    /// Whether the body asks for a streamed answer (`"stream": true`).
    var asksForStream: Bool {
        guard !body.isEmpty, let value = try? JSONParser.parse(body) else { return false }
        return value["stream"]?.boolValue == true
    }

    /// A query parameter as an integer.
    func queryInteger(_ name: String) -> Int? {
        query[name].flatMap { Int($0) }
    }
}
