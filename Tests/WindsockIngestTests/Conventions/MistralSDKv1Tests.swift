import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// mistralai 1.x's own spans (named after the OpenAPI operation), as ATTRIBUTES.md lists them.
@Suite("Conventions: Mistral SDK 1.x tracing")
struct MistralSDKv1Tests {
    private static let scope = "mistralai_sdk_tracer"

    private static let common: [(String, JSONValue)] = [
        ("agent.trace.public", ""), ("http.request.method", "POST"), ("server.address", "127.0.0.1:38119"),
        ("server.port", 38119),
    ]

    @Test func chatCompletion() {
        let span = SpanFactory.normalize(
            Self.common + [
                ("http.url", "http://127.0.0.1:38119/v1/chat/completions"),
                ("gen_ai.request.max_tokens", 64), ("gen_ai.request.model", "mistral-small-latest"),
                ("gen_ai.request.temperature", 0.2), ("gen_ai.request.top_p", 0.9),
                ("http.response.status_code", 200),
                ("mistral_ai.operation.id", "chat_completion_v1_chat_completions_post"),
                ("gen_ai.provider.name", "mistral_ai"), ("gen_ai.usage.prompt_tokens", 17),
                ("gen_ai.usage.output_tokens", 6), ("mistral_ai.request.total_tokens", 23),
            ], name: "chat_completion_v1_chat_completions_post", scope: Self.scope)
        #expect(span.kind == .llm)
        #expect(span.operation == "chat")
        #expect(span.usage == CapitalOfFrance.usage)
        #expect(span.parameters == JSONObject([("max_tokens", 64), ("temperature", 0.2), ("top_p", 0.9)]))
        #expect(span.status == .ok)
        #expect(span.attributes["server.address"] == "127.0.0.1:38119")
    }

    @Test func streamWithoutProviderOrOperation() {
        let span = SpanFactory.normalize(
            Self.common + [
                ("http.url", "http://127.0.0.1:38119/v1/chat/completions"),
                ("gen_ai.request.max_tokens", 64), ("gen_ai.request.model", "mistral-small-latest"),
                ("gen_ai.request.temperature", 0.7),
            ], name: "stream_chat", scope: Self.scope)
        #expect(span.kind == .llm)
        #expect(span.operation == "chat")
        #expect(span.provider == "mistral_ai")
        #expect(span.parameters["stream"] == true)
        #expect(span.usage.isEmpty)
        #expect(span.costUSD == nil)
    }

    @Test func errorLeftUnsetIsAnError() {
        let span = SpanFactory.normalize(
            Self.common + [
                ("http.url", "http://127.0.0.1:38119/v1/chat/completions"), ("gen_ai.request.model", "bad-model"),
                ("http.response.status_code", 400), ("mistral_ai.error.type", "invalid_model"),
                ("mistral_ai.error.message", "Invalid model: bad-model"), ("mistral_ai.error.code", "1500"),
            ], name: "chat_completion_v1_chat_completions_post", status: .unset, scope: Self.scope)
        #expect(span.status == .error)
        #expect(span.statusMessage == "Invalid model: bad-model")
    }

    @Test func embeddingsAndFillInTheMiddleFromTheURL() {
        let embeddings = SpanFactory.normalize(
            Self.common + [
                ("http.url", "http://127.0.0.1:38119/v1/embeddings"), ("gen_ai.request.model", "mistral-embed"),
                ("gen_ai.usage.prompt_tokens", 7), ("gen_ai.usage.output_tokens", 0),
                ("mistral_ai.request.total_tokens", 7),
            ], name: "embeddings_v1_embeddings_post", scope: Self.scope)
        #expect(embeddings.kind == .embedding)
        #expect(embeddings.operation == "embeddings")
        #expect(embeddings.usage == TokenUsage(inputTokens: 7, outputTokens: 0, totalTokens: 7))
        let fim = SpanFactory.normalize(
            [("http.url", "https://api.mistral.ai/v1/fim/completions"), ("gen_ai.request.model", "codestral-2508")],
            name: "some_operation")
        #expect(fim.kind == .span, "a span from another scope is not read by its URL alone")
        let sdkFIM = SpanFactory.normalize(
            [("http.url", "https://api.mistral.ai/v1/fim/completions"), ("gen_ai.request.model", "codestral-2508")],
            name: "fim_completion_v1_fim_completions_post", scope: Self.scope)
        #expect(sdkFIM.kind == .llm)
        #expect(sdkFIM.operation == "text_completion")
    }
}
