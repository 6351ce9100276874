extension Mistral {
    /// Conversations with server-side state (beta): `mistral.conversations`.
    ///
    /// ```swift
    /// let response = try await mistral.conversations.start(model: "mistral-small-latest", inputs: "Hello!")
    /// let next = try await mistral.conversations.append(response.conversationID, inputs: "And then?")
    /// ```
    public struct Conversations: Sendable {
        let runtime: MistralRuntime

        /// Starts a conversation.
        public func start(_ request: ConversationStartRequest) async throws -> ConversationResponse {
            var request = request
            request.stream = nil
            return try await runtime.send(.conversationsStart, request: request)
        }

        /// Starts a conversation with a model.
        public func start(
            model: String,
            inputs: ConversationInputs,
            instructions: String? = nil,
            tools: [Tool]? = nil,
            completionArgs: CompletionArgs? = nil,
            store: Bool? = nil
        ) async throws -> ConversationResponse {
            try await start(
                ConversationStartRequest(
                    inputs: inputs,
                    model: model,
                    instructions: instructions,
                    tools: tools,
                    completionArgs: completionArgs,
                    store: store
                )
            )
        }

        /// Starts a conversation with an agent.
        public func start(agentID: String, inputs: ConversationInputs, store: Bool? = nil) async throws
            -> ConversationResponse
        {
            try await start(ConversationStartRequest(inputs: inputs, agentID: agentID, store: store))
        }

        /// Starts a conversation and streams its events.
        public func startStream(_ request: ConversationStartRequest) async throws -> MistralStream<ConversationEvent> {
            var request = request
            request.stream = true
            return try await runtime.stream(.conversationsStartStream, request: request) { response in
                ConversationStreamDecoder.stream(body: response.body, status: response.status)
            }
        }

        /// Starts a conversation with a model and streams its events.
        public func startStream(
            model: String,
            inputs: ConversationInputs,
            instructions: String? = nil,
            tools: [Tool]? = nil,
            completionArgs: CompletionArgs? = nil
        ) async throws -> MistralStream<ConversationEvent> {
            try await startStream(
                ConversationStartRequest(
                    inputs: inputs,
                    model: model,
                    instructions: instructions,
                    tools: tools,
                    completionArgs: completionArgs
                )
            )
        }

        /// Appends inputs to a conversation.
        public func append(_ conversationID: String, _ request: ConversationAppendRequest) async throws
            -> ConversationResponse
        {
            var request = request
            request.stream = nil
            return try await runtime.send(.conversationsAppend, path: Self.path(conversationID), request: request)
        }

        /// Appends inputs to a conversation.
        public func append(_ conversationID: String, inputs: ConversationInputs) async throws -> ConversationResponse {
            try await append(conversationID, ConversationAppendRequest(inputs: inputs))
        }

        /// Appends inputs to a conversation and streams its events.
        public func appendStream(
            _ conversationID: String,
            _ request: ConversationAppendRequest
        ) async throws -> MistralStream<ConversationEvent> {
            var request = request
            request.stream = true
            return try await runtime.stream(
                .conversationsAppendStream, path: Self.path(conversationID), request: request
            ) {
                response in
                ConversationStreamDecoder.stream(body: response.body, status: response.status)
            }
        }

        /// Appends inputs to a conversation and streams its events.
        public func appendStream(
            _ conversationID: String,
            inputs: ConversationInputs
        ) async throws -> MistralStream<ConversationEvent> {
            try await appendStream(conversationID, ConversationAppendRequest(inputs: inputs))
        }

        /// Restarts a conversation from an earlier entry with new inputs.
        public func restart(_ conversationID: String, _ request: ConversationRestartRequest) async throws
            -> ConversationResponse
        {
            var request = request
            request.stream = nil
            return try await runtime.send(
                .conversationsRestart,
                path: Self.path(conversationID) + "/restart",
                request: request
            )
        }

        /// Restarts a conversation from `fromEntryID` with new inputs.
        public func restart(
            _ conversationID: String,
            fromEntryID: String,
            inputs: ConversationInputs
        ) async throws -> ConversationResponse {
            try await restart(conversationID, ConversationRestartRequest(inputs: inputs, fromEntryID: fromEntryID))
        }

        /// Restarts a conversation and streams its events.
        public func restartStream(
            _ conversationID: String,
            _ request: ConversationRestartRequest
        ) async throws -> MistralStream<ConversationEvent> {
            var request = request
            request.stream = true
            return try await runtime.stream(
                .conversationsRestartStream,
                path: Self.path(conversationID) + "/restart",
                request: request
            ) { response in
                ConversationStreamDecoder.stream(body: response.body, status: response.status)
            }
        }

        /// Lists conversations.
        public func list(_ request: ConversationListRequest = ConversationListRequest()) async throws -> [Conversation]
        {
            try await runtime.send(.conversationsList, query: request.queryItems, request: request, payload: .empty)
        }

        /// Gets a conversation.
        public func get(_ conversationID: String) async throws -> Conversation {
            try await runtime.send(.conversationsGet, path: Self.path(conversationID), request: nil)
        }

        /// Deletes a conversation.
        public func delete(_ conversationID: String) async throws {
            try await runtime.sendIgnoringBody(.conversationsDelete, path: Self.path(conversationID))
        }

        /// All entries of a conversation.
        public func history(_ conversationID: String) async throws -> ConversationHistory {
            try await runtime.send(.conversationsHistory, path: Self.path(conversationID) + "/history", request: nil)
        }

        /// The messages of a conversation.
        public func messages(_ conversationID: String) async throws -> ConversationMessages {
            try await runtime.send(.conversationsMessages, path: Self.path(conversationID) + "/messages", request: nil)
        }

        private static func path(_ conversationID: String) -> String {
            "/v1/conversations/\(MistralBaseURL.pathSegment(conversationID))"
        }
    }
}
