import HTTPTypes

/// One route the server answers: its method and path (path parameters as `{name}`, as OpenAPI writes them).
public struct RouteDescriptor: Hashable, Sendable, CustomStringConvertible {
    /// The method.
    public var method: HTTPRequest.Method
    /// The path, e.g. `/api/v1/traces/{trace_id}`.
    public var path: String

    /// Creates a descriptor.
    public init(method: HTTPRequest.Method, path: String) {
        self.method = method
        self.path = path
    }

    /// The path as Hummingbird's router takes it (`{name}` becomes `:name`).
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : segment
        }.joined(separator: "/")
    }

    /// Whether `path` (a request's path) fits this route's template, whatever the method.
    func matches(path requestPath: String) -> Bool {
        let template = path.split(separator: "/", omittingEmptySubsequences: false)
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: false)
        guard template.count == segments.count else { return false }
        return zip(template, segments).allSatisfy { expected, actual in
            expected.hasPrefix("{") ? !actual.isEmpty : expected == actual
        }
    }

    public var description: String { "\(method.rawValue) \(path)" }
}
