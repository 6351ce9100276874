import Foundation
import WindsockModel

extension WindsockConfiguration {
    /// The configuration the environment describes.
    ///
    /// | variable | meaning |
    /// | --- | --- |
    /// | `WINDSOCK_ENDPOINT` | a Windsock server's base URL; spans go to `<url>/v1/traces` |
    /// | `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` | the full traces URL of any OTLP backend |
    /// | `OTEL_EXPORTER_OTLP_ENDPOINT` | an OTLP backend's base URL (`/v1/traces` is added) |
    /// | `OTEL_EXPORTER_OTLP_HEADERS` | `key=value,…` headers (values percent-decoded) |
    /// | `OTEL_EXPORTER_OTLP_PROTOCOL`, `…_TRACES_PROTOCOL` | `http/protobuf` (default) or `http/json` |
    /// | `OTEL_EXPORTER_OTLP_COMPRESSION`, `…_TRACES_COMPRESSION` | `gzip` (default) or `none` |
    /// | `WINDSOCK_API_KEY` | the project key, sent as `Authorization: Bearer <key>` |
    /// | `OTEL_SERVICE_NAME` | `service.name` |
    /// | `OTEL_RESOURCE_ATTRIBUTES` | `key=value,…` resource attributes |
    /// | `WINDSOCK_SAMPLE_RATIO` (or `OTEL_TRACES_SAMPLER_ARG`) | share of traces exported, 0…1 |
    /// | `WINDSOCK_CAPTURE_CONTENT` (or `OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`) | `true`/`false` |
    /// | `WINDSOCK_CONSOLE` | `true` prints every span too |
    /// | `WINDSOCK_ENABLED` | `false` starts with tracing disabled |
    /// | `WINDSOCK_PRICES_FILE`, `WINDSOCK_PRICES` | a price table JSON file, or the JSON itself, overriding entries |
    /// | `WINDSOCK_STORE_PATH` | the embedded store's file (default `./.windsock/windsock.sqlite`) |
    ///
    /// With no endpoint, spans go to `fallback` (the embedded store when Windsock bootstraps from the environment).
    /// A malformed value throws ``WindsockConfigurationError`` naming the variable.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        fallback: WindsockDestination
    ) throws -> WindsockConfiguration {
        func value(_ names: String...) -> (name: String, value: String)? {
            for name in names {
                if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                    return (name, value)
                }
            }
            return nil
        }
        func flag(_ names: String...) throws -> Bool? {
            for name in names {
                guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                    continue
                }
                switch text.lowercased() {
                case "1", "true", "yes", "on": return true
                case "0", "false", "no", "off": return false
                default: throw WindsockConfigurationError(setting: name, problem: "expected true or false, got \(text)")
                }
            }
            return nil
        }

        var configuration = WindsockConfiguration(destination: fallback)
        if let (name, text) = value("WINDSOCK_SAMPLE_RATIO", "OTEL_TRACES_SAMPLER_ARG") {
            guard let ratio = Double(text), ratio >= 0, ratio <= 1 else {
                throw WindsockConfigurationError(setting: name, problem: "expected a number from 0 to 1, got \(text)")
            }
            configuration.sampleRatio = ratio
        }
        if let capture = try flag("WINDSOCK_CAPTURE_CONTENT", "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT") {
            configuration.captureContent = capture
        }
        configuration.printsToConsole = try flag("WINDSOCK_CONSOLE") ?? false
        configuration.isEnabled = try flag("WINDSOCK_ENABLED") ?? true
        if let (name, path) = value("WINDSOCK_PRICES_FILE") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw WindsockConfigurationError(setting: name, problem: "cannot read \(path)")
            }
            configuration.prices = try prices(data, setting: name, base: configuration.prices)
        }
        if let (name, json) = value("WINDSOCK_PRICES") {
            configuration.prices = try prices(Data(json.utf8), setting: name, base: configuration.prices)
        }
        if let (_, serviceName) = value("OTEL_SERVICE_NAME") {
            configuration.resource.serviceName = serviceName
        }
        if let (name, text) = value("OTEL_RESOURCE_ATTRIBUTES") {
            for (key, attribute) in try keyValueList(text, setting: name) {
                if key == "service.name", value("OTEL_SERVICE_NAME") == nil {
                    configuration.resource.serviceName = attribute
                } else if key != "service.name" {
                    configuration.resource.attributes[key] = attribute
                }
            }
        }

        let endpoint: String?
        if let (_, traces) = value("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") {
            endpoint = traces
        } else if let (_, base) = value("WINDSOCK_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT") {
            endpoint = OTLPExporterConfiguration.tracesEndpoint(base: base)
        } else {
            endpoint = nil
        }
        guard let endpoint else { return configuration }
        guard let url = URL(string: endpoint), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
            url.host != nil
        else {
            throw WindsockConfigurationError(setting: "endpoint", problem: "not an http(s) URL: \(endpoint)")
        }
        var otlp = OTLPExporterConfiguration(endpoint: endpoint)
        if let (name, text) = value("OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS") {
            for (key, header) in try keyValueList(text, setting: name) {
                otlp.headers[key] = header
            }
        }
        if let (_, key) = value("WINDSOCK_API_KEY") {
            otlp.headers["Authorization"] = "Bearer \(key)"
        }
        if let (name, text) = value("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL") {
            switch text {
            case "http/protobuf": otlp.encoding = .protobuf
            case "http/json": otlp.encoding = .json
            default:
                throw WindsockConfigurationError(
                    setting: name, problem: "expected http/protobuf or http/json, got \(text) (gRPC is not supported)")
            }
        }
        if let (name, text) = value("OTEL_EXPORTER_OTLP_TRACES_COMPRESSION", "OTEL_EXPORTER_OTLP_COMPRESSION") {
            guard let compression = OTLPExporterConfiguration.Compression(rawValue: text) else {
                throw WindsockConfigurationError(setting: name, problem: "expected gzip or none, got \(text)")
            }
            otlp.compression = compression
        }
        configuration.destination = .otlp(otlp)
        return configuration
    }

    private static func prices(_ data: Data, setting: String, base: PriceTable) throws -> PriceTable {
        do {
            return base.overridden(by: try PriceTable(json: data, base: base))
        } catch let error as PriceTableError {
            throw WindsockConfigurationError(setting: setting, problem: error.description)
        }
    }

    /// Parses W3C Baggage-style `key=value,key2=value2` with percent-encoded values.
    static func keyValueList(_ text: String, setting: String) throws -> [(String, String)] {
        try text.split(separator: ",").compactMap { item in
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw WindsockConfigurationError(setting: setting, problem: "expected key=value, got \(trimmed)")
            }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let rawValue = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                throw WindsockConfigurationError(setting: setting, problem: "empty key in \(trimmed)")
            }
            return (key, rawValue.removingPercentEncoding ?? rawValue)
        }
    }
}
