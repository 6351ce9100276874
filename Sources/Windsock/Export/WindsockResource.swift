/// The process that records spans: OpenTelemetry's resource (`service.name` and other attributes).
public struct WindsockResource: Sendable, Hashable {
    /// `service.name`.
    public var serviceName: String
    /// Other resource attributes (`OTEL_RESOURCE_ATTRIBUTES`, e.g. `deployment.environment`).
    public var attributes: [String: String]

    /// Creates a resource.
    public init(serviceName: String = "unknown_service:swift", attributes: [String: String] = [:]) {
        self.serviceName = serviceName
        self.attributes = attributes
    }

    /// Every resource attribute: the given ones, `service.name`, and the SDK's own `telemetry.sdk.*`.
    public var allAttributes: [(key: String, value: String)] {
        var all = attributes
        all["service.name"] = serviceName
        all["telemetry.sdk.name"] = "windsock"
        all["telemetry.sdk.language"] = "swift"
        all["telemetry.sdk.version"] = WindsockResource.sdkVersion
        return all.sorted { $0.key < $1.key }
    }

    /// The SDK's version, sent as `telemetry.sdk.version`.
    public static let sdkVersion = "0.1.0"
    /// The instrumentation scope name of the spans Windsock exports.
    public static let scopeName = "windsock"
}
