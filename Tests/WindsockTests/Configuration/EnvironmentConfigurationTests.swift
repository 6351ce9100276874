import Testing
import Windsock

@Suite struct EnvironmentConfigurationTests {
    @Test func noEndpointUsesTheFallback() throws {
        let configuration = try WindsockConfiguration.fromEnvironment([:], fallback: .none)
        guard case .none = configuration.destination else {
            Issue.record("expected the fallback")
            return
        }
        #expect(configuration.sampleRatio == 1)
        #expect(configuration.captureContent)
        #expect(configuration.isEnabled)
    }

    @Test func windsockEndpointKeyAndSettings() throws {
        let configuration = try WindsockConfiguration.fromEnvironment(
            [
                "WINDSOCK_ENDPOINT": "http://localhost:4318/",
                "WINDSOCK_API_KEY": "wsk_123",
                "OTEL_SERVICE_NAME": "painter-bot",
                "OTEL_RESOURCE_ATTRIBUTES": "deployment.environment=prod, team=ml%20ops,service.name=ignored",
                "WINDSOCK_SAMPLE_RATIO": "0.25",
                "WINDSOCK_CAPTURE_CONTENT": "false",
                "WINDSOCK_CONSOLE": "true",
                "WINDSOCK_ENABLED": "no",
            ],
            fallback: .none)
        guard case .otlp(let otlp) = configuration.destination else {
            Issue.record("expected OTLP")
            return
        }
        #expect(otlp.endpoint == "http://localhost:4318/v1/traces")
        #expect(otlp.headers["Authorization"] == "Bearer wsk_123")
        #expect(otlp.encoding == .protobuf)
        #expect(otlp.compression == .gzip)
        #expect(configuration.resource.serviceName == "painter-bot")
        #expect(configuration.resource.attributes == ["deployment.environment": "prod", "team": "ml ops"])
        #expect(configuration.sampleRatio == 0.25)
        #expect(!configuration.captureContent)
        #expect(configuration.printsToConsole)
        #expect(!configuration.isEnabled)
    }

    @Test func otelVariablesWithTheTracesEndpointWinning() throws {
        let configuration = try WindsockConfiguration.fromEnvironment(
            [
                "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318",
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "https://tempo.example/otlp/v1/traces",
                "OTEL_EXPORTER_OTLP_HEADERS": "x-api-key=abc%3D%3D,x-tenant=a",
                "OTEL_EXPORTER_OTLP_PROTOCOL": "http/json",
                "OTEL_EXPORTER_OTLP_COMPRESSION": "none",
            ],
            fallback: .none)
        guard case .otlp(let otlp) = configuration.destination else {
            Issue.record("expected OTLP")
            return
        }
        #expect(otlp.endpoint == "https://tempo.example/otlp/v1/traces")
        #expect(otlp.headers == ["x-api-key": "abc==", "x-tenant": "a"])
        #expect(otlp.encoding == .json)
        #expect(otlp.compression == OTLPExporterConfiguration.Compression.none)
    }

    @Test func malformedValuesNameTheirVariable() {
        let cases: [([String: String], String)] = [
            (["WINDSOCK_SAMPLE_RATIO": "1.5"], "WINDSOCK_SAMPLE_RATIO"),
            (["WINDSOCK_CAPTURE_CONTENT": "maybe"], "WINDSOCK_CAPTURE_CONTENT"),
            (["WINDSOCK_ENDPOINT": "ftp://x", "OTEL_EXPORTER_OTLP_HEADERS": "a=b"], "endpoint"),
            (["WINDSOCK_ENDPOINT": "http://x", "OTEL_EXPORTER_OTLP_HEADERS": "novalue"], "OTEL_EXPORTER_OTLP_HEADERS"),
            (["WINDSOCK_ENDPOINT": "http://x", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"], "OTEL_EXPORTER_OTLP_PROTOCOL"),
        ]
        for (environment, setting) in cases {
            #expect(throws: WindsockConfigurationError.self) {
                try WindsockConfiguration.fromEnvironment(environment, fallback: .none)
            }
            do {
                _ = try WindsockConfiguration.fromEnvironment(environment, fallback: .none)
            } catch let error as WindsockConfigurationError {
                #expect(error.setting == setting)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
