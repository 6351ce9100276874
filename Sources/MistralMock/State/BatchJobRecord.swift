import OrderedJSON

/// A batch job and its deterministic progress.
///
/// A job is `QUEUED` when created; each `GET` of the job moves it one step: to `RUNNING`, then (running
/// every request through the live endpoint's logic) to `SUCCESS`. A cancel request moves an unfinished job
/// to `CANCELLATION_REQUESTED`, and the next `GET` to `CANCELLED`.
struct BatchJobRecord: Sendable {
    /// The statuses of `BatchJobStatus`.
    enum Status: String, Sendable {
        case queued = "QUEUED"
        case running = "RUNNING"
        case success = "SUCCESS"
        case failed = "FAILED"
        case timeoutExceeded = "TIMEOUT_EXCEEDED"
        case cancellationRequested = "CANCELLATION_REQUESTED"
        case cancelled = "CANCELLED"

        /// Whether the job will not change any more.
        var isFinal: Bool {
            switch self {
            case .success, .failed, .timeoutExceeded, .cancelled: return true
            default: return false
            }
        }
    }

    /// A UUID.
    var id: String
    var endpoint: String
    var model: String?
    var agentID: String?
    var metadata: JSONValue
    var inputFiles: [String]
    /// The inline `requests` (each `{custom_id, body}`), when the job was created with them.
    var inlineRequests: [JSONValue]?
    var status: Status = .queued
    var createdAt: Timestamp
    var startedAt: Timestamp?
    var completedAt: Timestamp?
    var totalRequests: Int
    var succeededRequests = 0
    var failedRequests = 0
    var outputFile: String?
    var errorFile: String?
    var errors: [JSONValue] = []
    /// The output lines of an inline job.
    var outputs: [JSONValue]?

    /// The `BatchJob` object of the API.
    var json: JSONValue {
        .object(
            JSONObject([
                ("id", .string(id)),
                ("object", "batch"),
                ("input_files", .array(inputFiles.map(JSONValue.string))),
                ("metadata", metadata),
                ("endpoint", .string(endpoint)),
                ("model", .optional(model)),
                ("agent_id", .optional(agentID)),
                ("output_file", .optional(outputFile)),
                ("error_file", .optional(errorFile)),
                ("errors", .array(errors)),
                ("outputs", outputs.map(JSONValue.array) ?? .null),
                ("status", .string(status.rawValue)),
                ("created_at", .int(createdAt.unixSeconds)),
                ("total_requests", .int(totalRequests)),
                ("completed_requests", .int(succeededRequests + failedRequests)),
                ("succeeded_requests", .int(succeededRequests)),
                ("failed_requests", .int(failedRequests)),
                ("started_at", .optional(startedAt?.unixSeconds)),
                ("completed_at", .optional(completedAt?.unixSeconds)),
            ])
        )
    }
}
