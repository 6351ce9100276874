import OrderedJSON

/// Where a batch of spans comes from: the sending process (OTLP's resource) and the library that made them
/// (OTLP's instrumentation scope).
public struct SpanOrigin: Sendable, Equatable {
    /// The resource attributes (`service.name`, `telemetry.sdk.name`, …).
    public var resourceAttributes: JSONObject
    /// The instrumentation scope's name, e.g. `openinference.instrumentation.mistralai`.
    public var scopeName: String?
    /// The instrumentation scope's version.
    public var scopeVersion: String?

    /// Creates an origin.
    public init(resourceAttributes: JSONObject = JSONObject(), scopeName: String? = nil, scopeVersion: String? = nil) {
        self.resourceAttributes = resourceAttributes
        self.scopeName = scopeName
        self.scopeVersion = scopeVersion
    }

    /// The resource's `service.name`.
    public var serviceName: String? {
        resourceAttributes["service.name"]?.stringValue
    }
}
