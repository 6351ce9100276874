extension Mistral {
    /// Text embeddings: `mistral.embeddings`.
    public struct Embeddings: Sendable {
        let runtime: MistralRuntime

        /// Embeds texts.
        public func create(_ request: EmbeddingRequest) async throws -> EmbeddingResponse {
            try await runtime.send(.embeddingsCreate, request: request)
        }

        /// Embeds texts.
        ///
        /// ```swift
        /// let vectors = try await mistral.embeddings.create(model: "mistral-embed", input: ["Hello", "World"]).vectors
        /// ```
        public func create(
            model: String,
            input: [String],
            outputDimension: Int? = nil,
            outputDtype: EmbeddingDtype? = nil,
            encodingFormat: EmbeddingEncodingFormat? = nil
        ) async throws -> EmbeddingResponse {
            try await create(
                EmbeddingRequest(
                    model: model,
                    input: input,
                    outputDimension: outputDimension,
                    outputDtype: outputDtype,
                    encodingFormat: encodingFormat
                )
            )
        }

        /// Embeds one text.
        public func create(
            model: String,
            input: String,
            outputDimension: Int? = nil,
            outputDtype: EmbeddingDtype? = nil,
            encodingFormat: EmbeddingEncodingFormat? = nil
        ) async throws -> EmbeddingResponse {
            try await create(
                model: model,
                input: [input],
                outputDimension: outputDimension,
                outputDtype: outputDtype,
                encodingFormat: encodingFormat
            )
        }
    }
}
