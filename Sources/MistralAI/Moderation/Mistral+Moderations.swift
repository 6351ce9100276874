extension Mistral {
    /// Moderation: `mistral.moderations`.
    public struct Moderations: Sendable {
        let runtime: MistralRuntime

        /// Moderates texts.
        public func create(_ request: ModerationRequest) async throws -> ModerationResponse {
            try await runtime.send(.moderationsCreate, request: request)
        }

        /// Moderates texts.
        public func create(model: String, input: [String]) async throws -> ModerationResponse {
            try await create(ModerationRequest(model: model, input: input))
        }

        /// Moderates conversations.
        public func chat(_ request: ChatModerationRequest) async throws -> ModerationResponse {
            try await runtime.send(.moderationsChat, request: request)
        }

        /// Moderates one conversation.
        public func chat(model: String, messages: [ChatMessage]) async throws -> ModerationResponse {
            try await chat(ChatModerationRequest(model: model, input: [messages]))
        }
    }
}
