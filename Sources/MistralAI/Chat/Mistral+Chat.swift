extension Mistral {
    /// Chat completions: `mistral.chat`.
    public struct Chat: Sendable {
        let runtime: MistralRuntime

        /// Generates a completion.
        public func complete(_ request: ChatCompletionRequest) async throws -> ChatCompletionResponse {
            var request = request
            request.stream = nil
            return try await runtime.send(.chatComplete, request: request)
        }

        /// Generates a completion.
        ///
        /// ```swift
        /// let response = try await mistral.chat.complete(
        ///     model: "mistral-small-latest",
        ///     messages: [.system("Answer in one sentence."), .user("Who is the best French painter?")],
        ///     temperature: 0.3
        /// )
        /// ```
        public func complete(
            model: String,
            messages: [ChatMessage],
            temperature: Double? = nil,
            topP: Double? = nil,
            maxTokens: Int? = nil,
            stop: [String]? = nil,
            randomSeed: Int? = nil,
            responseFormat: ResponseFormat? = nil,
            tools: [Tool]? = nil,
            toolChoice: ToolChoice? = nil,
            parallelToolCalls: Bool? = nil,
            presencePenalty: Double? = nil,
            frequencyPenalty: Double? = nil,
            n: Int? = nil,
            prediction: Prediction? = nil,
            reasoningEffort: ReasoningEffort? = nil,
            safePrompt: Bool? = nil,
            metadata: [String: JSONValue]? = nil
        ) async throws -> ChatCompletionResponse {
            try await complete(
                ChatCompletionRequest(
                    model: model,
                    messages: messages,
                    temperature: temperature,
                    topP: topP,
                    maxTokens: maxTokens,
                    stop: stop,
                    randomSeed: randomSeed,
                    metadata: metadata,
                    responseFormat: responseFormat,
                    tools: tools,
                    toolChoice: toolChoice,
                    presencePenalty: presencePenalty,
                    frequencyPenalty: frequencyPenalty,
                    n: n,
                    prediction: prediction,
                    parallelToolCalls: parallelToolCalls,
                    reasoningEffort: reasoningEffort,
                    safePrompt: safePrompt
                )
            )
        }

        /// Streams a completion.
        ///
        /// The request is sent (and retried on 429/5xx) before this returns; HTTP errors throw here. The
        /// returned stream yields chunks as the model produces them.
        public func stream(_ request: ChatCompletionRequest) async throws -> MistralStream<ChatCompletionChunk> {
            var request = request
            request.stream = true
            return try await runtime.stream(.chatStream, request: request) { response in
                CompletionStreamDecoder.stream(
                    of: ChatCompletionChunk.self, body: response.body, status: response.status)
            }
        }

        /// Streams a completion.
        ///
        /// ```swift
        /// let stream = try await mistral.chat.stream(model: "mistral-small-latest", messages: [.user("Hi")])
        /// for try await chunk in stream {
        ///     print(chunk.textDelta, terminator: "")
        /// }
        /// ```
        public func stream(
            model: String,
            messages: [ChatMessage],
            temperature: Double? = nil,
            topP: Double? = nil,
            maxTokens: Int? = nil,
            stop: [String]? = nil,
            randomSeed: Int? = nil,
            responseFormat: ResponseFormat? = nil,
            tools: [Tool]? = nil,
            toolChoice: ToolChoice? = nil,
            parallelToolCalls: Bool? = nil,
            presencePenalty: Double? = nil,
            frequencyPenalty: Double? = nil,
            n: Int? = nil,
            prediction: Prediction? = nil,
            reasoningEffort: ReasoningEffort? = nil,
            safePrompt: Bool? = nil,
            metadata: [String: JSONValue]? = nil
        ) async throws -> MistralStream<ChatCompletionChunk> {
            try await stream(
                ChatCompletionRequest(
                    model: model,
                    messages: messages,
                    temperature: temperature,
                    topP: topP,
                    maxTokens: maxTokens,
                    stop: stop,
                    randomSeed: randomSeed,
                    metadata: metadata,
                    responseFormat: responseFormat,
                    tools: tools,
                    toolChoice: toolChoice,
                    presencePenalty: presencePenalty,
                    frequencyPenalty: frequencyPenalty,
                    n: n,
                    prediction: prediction,
                    parallelToolCalls: parallelToolCalls,
                    reasoningEffort: reasoningEffort,
                    safePrompt: safePrompt
                )
            )
        }
    }
}
