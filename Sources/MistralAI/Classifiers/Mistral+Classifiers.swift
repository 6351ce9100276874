extension Mistral {
    /// Classification with fine-tuned classifier models: `mistral.classifiers`.
    public struct Classifiers: Sendable {
        let runtime: MistralRuntime

        /// Classifies texts.
        public func classify(_ request: ClassificationRequest) async throws -> ClassificationResponse {
            try await runtime.send(.classifiersClassify, request: request)
        }

        /// Classifies texts.
        public func classify(model: String, input: [String]) async throws -> ClassificationResponse {
            try await classify(ClassificationRequest(model: model, input: input))
        }

        /// Classifies conversations.
        public func classifyChat(_ request: ChatClassificationRequest) async throws -> ClassificationResponse {
            try await runtime.send(.classifiersClassifyChat, request: request)
        }

        /// Classifies one conversation.
        public func classifyChat(model: String, messages: [ChatMessage]) async throws -> ClassificationResponse {
            try await classifyChat(ChatClassificationRequest(model: model, messages: messages))
        }
    }
}
