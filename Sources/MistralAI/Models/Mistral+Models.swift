extension Mistral {
    /// Models: `mistral.models`.
    public struct Models: Sendable {
        let runtime: MistralRuntime

        /// Lists the models available to your key.
        public func list() async throws -> ModelList {
            try await runtime.send(.modelsList, request: nil)
        }

        /// Gets one model (an id or an alias).
        public func retrieve(_ modelID: String) async throws -> ModelCard {
            try await runtime.send(.modelsRetrieve, path: Self.path(modelID), request: nil)
        }

        /// Deletes a fine-tuned model.
        public func delete(_ modelID: String) async throws -> DeletionStatus {
            try await runtime.send(.modelsDelete, path: Self.path(modelID), request: nil)
        }

        private static func path(_ modelID: String) -> String {
            "/v1/models/\(MistralBaseURL.pathSegment(modelID))"
        }
    }
}
