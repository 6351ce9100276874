import OrderedJSON
import WindsockModel

/// The Mistral Python SDK's own tracing (`mistralai_sdk_tracer`). 3.x follows the GenAI conventions (read by
/// ``applyGenAI(_:)``); 1.x names spans after the OpenAPI operation (`chat_completion_v1_chat_completions_post`,
/// `stream_chat`), sets no `gen_ai.operation.name`, reports `mistral_ai.request.total_tokens`, and leaves the status
/// UNSET on errors, describing them in `mistral_ai.error.*`. Streaming calls end their URL in `#stream`.
extension SpanBuilder {
    static let mistralScope = "mistralai_sdk_tracer"

    mutating func applyMistralSDK(_ attributes: AttributeIndex) {
        let fromSDK = origin.scopeName == Self.mistralScope
        guard fromSDK || attributes.has(.mistralAI) else { return }
        if fromSDK { Self.fill(&span.provider, "mistral_ai") }
        Self.fill(&totalTokens, attributes.int("mistral_ai.request.total_tokens"))
        let url = attributes.string("http.url") ?? attributes.string("url.full")
        let operationID = attributes.string("mistral_ai.operation.id") ?? (fromSDK ? span.name : nil)
        if span.operation == nil, let operation = Self.operation(operationID: operationID, url: url) {
            setOperation(operation)
        }
        if operationID?.hasPrefix("stream") == true || url?.hasSuffix("#stream") == true {
            Self.fill(&streaming, true)
            addParameter("stream", .bool(true))
        }
        if let type = attributes.string("mistral_ai.error.type") ?? attributes.string("mistral_ai.error.message") {
            markError(attributes.string("mistral_ai.error.message") ?? type)
        }
    }

    /// The GenAI operation of a Mistral API call, from the SDK's operation id or the request URL's path.
    static func operation(operationID: String?, url: String?) -> String? {
        if let id = operationID?.lowercased() {
            if id.contains("fim") { return "text_completion" }
            if id.contains("embedding") { return "embeddings" }
            if id.contains("moderation") || id.contains("classif") { return nil }
            if id.contains("chat") || id.contains("agents_completion") || id == "stream_agents" { return "chat" }
            if id.contains("conversation") { return "invoke_agent" }
        }
        guard let url else { return nil }
        let path = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        if path.hasSuffix("/v1/chat/completions") || path.hasSuffix("/v1/agents/completions") { return "chat" }
        if path.hasSuffix("/v1/fim/completions") { return "text_completion" }
        if path.hasSuffix("/v1/embeddings") { return "embeddings" }
        if path.contains("/v1/conversations") { return "invoke_agent" }
        return nil
    }
}
