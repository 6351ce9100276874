extension Mistral {
    /// Fill-in-the-middle completions (Codestral): `mistral.fim`.
    public struct FIM: Sendable {
        let runtime: MistralRuntime

        /// Completes the code between a prompt and a suffix.
        public func complete(_ request: FIMCompletionRequest) async throws -> FIMCompletionResponse {
            var request = request
            request.stream = nil
            return try await runtime.send(.fimComplete, request: request)
        }

        /// Completes the code between `prompt` and `suffix`.
        public func complete(
            model: String,
            prompt: String,
            suffix: String? = nil,
            temperature: Double? = nil,
            topP: Double? = nil,
            maxTokens: Int? = nil,
            minTokens: Int? = nil,
            stop: [String]? = nil,
            randomSeed: Int? = nil
        ) async throws -> FIMCompletionResponse {
            try await complete(
                FIMCompletionRequest(
                    model: model,
                    prompt: prompt,
                    suffix: suffix,
                    temperature: temperature,
                    topP: topP,
                    maxTokens: maxTokens,
                    minTokens: minTokens,
                    stop: stop,
                    randomSeed: randomSeed
                )
            )
        }

        /// Streams the completion; chunks have the chat shape.
        public func stream(_ request: FIMCompletionRequest) async throws -> MistralStream<ChatCompletionChunk> {
            var request = request
            request.stream = true
            return try await runtime.stream(.fimStream, request: request) { response in
                CompletionStreamDecoder.stream(
                    of: ChatCompletionChunk.self, body: response.body, status: response.status)
            }
        }

        /// Streams the completion of the code between `prompt` and `suffix`.
        public func stream(
            model: String,
            prompt: String,
            suffix: String? = nil,
            temperature: Double? = nil,
            topP: Double? = nil,
            maxTokens: Int? = nil,
            minTokens: Int? = nil,
            stop: [String]? = nil,
            randomSeed: Int? = nil
        ) async throws -> MistralStream<ChatCompletionChunk> {
            try await stream(
                FIMCompletionRequest(
                    model: model,
                    prompt: prompt,
                    suffix: suffix,
                    temperature: temperature,
                    topP: topP,
                    maxTokens: maxTokens,
                    minTokens: minTokens,
                    stop: stop,
                    randomSeed: randomSeed
                )
            )
        }
    }
}
