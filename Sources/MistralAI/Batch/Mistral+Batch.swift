extension Mistral {
    /// Batch jobs: `mistral.batch`.
    public struct Batch: Sendable {
        let runtime: MistralRuntime

        /// Creates a batch job.
        public func create(_ request: BatchJobCreationRequest) async throws -> BatchJob {
            try await runtime.send(.batchCreate, request: request)
        }

        /// Creates a batch job from inline requests.
        ///
        /// ```swift
        /// let job = try await mistral.batch.create(
        ///     endpoint: .chatCompletions,
        ///     model: "mistral-small-latest",
        ///     requests: [BatchRequest(customID: "1", body: ["messages": [["role": "user", "content": "Hi"]]])]
        /// )
        /// ```
        public func create(
            endpoint: BatchEndpoint,
            model: String? = nil,
            requests: [BatchRequest],
            metadata: [String: String]? = nil
        ) async throws -> BatchJob {
            try await create(
                BatchJobCreationRequest(endpoint: endpoint, requests: requests, model: model, metadata: metadata)
            )
        }

        /// Creates a batch job from uploaded JSONL files.
        public func create(
            endpoint: BatchEndpoint,
            model: String? = nil,
            inputFiles: [String],
            metadata: [String: String]? = nil
        ) async throws -> BatchJob {
            try await create(
                BatchJobCreationRequest(endpoint: endpoint, inputFiles: inputFiles, model: model, metadata: metadata)
            )
        }

        /// Lists batch jobs.
        public func list(_ request: BatchJobListRequest = BatchJobListRequest()) async throws -> BatchJobList {
            try await runtime.send(.batchList, query: request.queryItems, request: request, payload: .empty)
        }

        /// Gets a batch job.
        public func get(_ jobID: String) async throws -> BatchJob {
            try await runtime.send(.batchGet, path: Self.path(jobID), request: nil)
        }

        /// Asks to cancel a batch job.
        public func cancel(_ jobID: String) async throws -> BatchJob {
            try await runtime.send(.batchCancel, path: Self.path(jobID) + "/cancel", request: nil)
        }

        private static func path(_ jobID: String) -> String {
            "/v1/batch/jobs/\(MistralBaseURL.pathSegment(jobID))"
        }
    }
}
