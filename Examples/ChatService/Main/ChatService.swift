import ChatServiceRoutes
import Foundation
import Hummingbird
import Logging
import MistralAI
import MistralMock
import ServiceLifecycle
import Windsock

/// A small Hummingbird chat service instrumented with Windsock.
///
///     swift run chat-service        # port 8081; the Mistral emulator in process on 8082 (real Mistral when
///                                   # MISTRAL_API_KEY is set); CHAT_SERVICE_PORT, CHAT_SERVICE_MOCK_PORT change them
///     curl -s 127.0.0.1:8081/chat -d '{"message": "Say hello", "user_id": "u-1", "session_id": "s-1"}'
///     swift run windsock server     # then: swift run windsock traces list
///
/// Traces go where `Windsock.bootstrap()` sends them: `WINDSOCK_ENDPOINT` / `OTEL_EXPORTER_OTLP_ENDPOINT`, else
/// the embedded store `.windsock/windsock.sqlite` that `windsock server` shows.
@main
struct ChatService {
    static func main() async throws {
        let environment = ProcessInfo.processInfo.environment
        let logger = Logger(label: "chat-service")
        let port = environment["CHAT_SERVICE_PORT"].flatMap { Int($0) } ?? 8081
        let model = environment["CHAT_SERVICE_MODEL"] ?? "mistral-small-latest"
        let tracer = try Windsock.bootstrap()

        // Shut down in reverse order: the HTTP server first, then the emulator, then Windsock flushes what is left.
        var services: [any Service] = [WindsockService(tracer: tracer)]
        let mistral: Mistral
        if let key = environment["MISTRAL_API_KEY"], !key.isEmpty {
            mistral = Mistral(apiKey: key)
        } else {
            let mockPort = environment["CHAT_SERVICE_MOCK_PORT"].flatMap { Int($0) } ?? 8082
            guard let url = URL(string: "http://127.0.0.1:\(mockPort)") else { return }
            mistral = Mistral(apiKey: "local", configuration: MistralConfiguration(baseURL: .custom(url)))
            services.append(MistralMockServer(logger: logger).buildApplication(port: mockPort))
            logger.info("Mistral emulator on \(url) (set MISTRAL_API_KEY to use Mistral)")
        }
        let application = Application(
            router: ChatRouter.build(mistral: mistral, model: model),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { _ in
                logger.info(
                    """
                    Chat service on http://127.0.0.1:\(port) — try: curl -s 127.0.0.1:\(port)/chat \
                    -d '{"message": "Say hello", "user_id": "u-1"}'
                    """)
            },
            logger: logger)
        services.append(application)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services.map { .init(service: $0) }, gracefulShutdownSignals: [.sigint, .sigterm],
                logger: logger))
        try await group.run()
    }
}
