import Foundation
import Hummingbird
import MistralAI
import Tracing
import Windsock

/// The chat service's routes: `POST /chat` answers with Mistral, traced under the request's own span.
public enum ChatRouter {
    /// The system prompt of every conversation.
    public static let systemPrompt = "You are a concise assistant. Answer in at most two sentences."

    /// The router: Hummingbird's `TracingMiddleware` opens a span per request, so the Mistral call made while
    /// answering nests under it, and the trace gets the request's user and session.
    public static func build(mistral: Mistral, model: String) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: TracingMiddleware())
        router.get("/health") { _, _ in "ok" }
        router.post("/chat") { request, context -> ChatAnswer in
            let chat = try await request.decode(as: ChatRequest.self, context: context)
            let message = chat.message.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !message.isEmpty else { throw HTTPError(.badRequest, message: "\"message\" must not be empty.") }
            Windsock.updateCurrentTrace(
                TraceUpdate(
                    name: "POST /chat", userID: chat.userID, sessionID: chat.sessionID, tags: ["chat-service"],
                    input: .string(message)))
            let answer: String
            do {
                answer =
                    try await mistral.chat.complete(model: model, messages: [.system(systemPrompt), .user(message)])
                    .text ?? ""
            } catch let error as MistralError {
                throw HTTPError(.badGateway, message: "Mistral failed: \(error)")
            }
            Windsock.updateCurrentTrace(TraceUpdate(output: .string(answer)))
            let traceID = InstrumentationContext.current?.windsockSpanContext?.traceID.hex
            return ChatAnswer(answer: answer, traceID: traceID)
        }
        return router
    }
}
