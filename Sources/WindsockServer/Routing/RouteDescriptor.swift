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

    public var description: String { "\(method.rawValue) \(path)" }
}
