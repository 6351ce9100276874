extension Mistral {
    /// Fine-tuning jobs: `mistral.fineTuning`. Mistral has deprecated this API but still serves it.
    public struct FineTuning: Sendable {
        let runtime: MistralRuntime

        /// Creates a fine-tuning job.
        public func create(_ request: FineTuningJobCreationRequest) async throws -> FineTuningJob {
            try await runtime.send(.fineTuningCreate, request: request)
        }

        /// Validates a job and estimates its cost and duration without creating it (`?dry_run=true`).
        public func dryRun(_ request: FineTuningJobCreationRequest) async throws -> FineTuningJobMetadata {
            try await runtime.send(
                .fineTuningDryRun,
                query: [MistralQueryItem(name: "dry_run", value: "true")],
                request: request
            )
        }

        /// Lists fine-tuning jobs.
        public func list(_ request: FineTuningJobListRequest = FineTuningJobListRequest()) async throws
            -> FineTuningJobList
        {
            try await runtime.send(.fineTuningList, query: request.queryItems, request: request, payload: .empty)
        }

        /// Gets a fine-tuning job, with its events and checkpoints.
        public func get(_ jobID: String) async throws -> FineTuningJob {
            try await runtime.send(.fineTuningGet, path: Self.path(jobID), request: nil)
        }

        /// Cancels a fine-tuning job.
        public func cancel(_ jobID: String) async throws -> FineTuningJob {
            try await runtime.send(.fineTuningCancel, path: Self.path(jobID) + "/cancel", request: nil)
        }

        /// Starts a validated job created with `autoStart: false`.
        public func start(_ jobID: String) async throws -> FineTuningJob {
            try await runtime.send(.fineTuningStart, path: Self.path(jobID) + "/start", request: nil)
        }

        private static func path(_ jobID: String) -> String {
            "/v1/fine_tuning/jobs/\(MistralBaseURL.pathSegment(jobID))"
        }
    }
}
