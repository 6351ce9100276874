import OrderedJSON

/// A fine-tuning job (legacy API) and its deterministic progress.
///
/// With `auto_start` (the default) a job is `QUEUED` when created, `RUNNING` at the next `GET` and
/// `SUCCESS` at the one after, which registers its `ft:` model. Without it the job stops at `VALIDATED`
/// until `POST /start`. A cancel moves an unfinished job to `CANCELLATION_REQUESTED`, then `CANCELLED`.
struct FineTuningJobRecord: Sendable {
    /// The statuses of the legacy job schemas.
    enum Status: String, Sendable {
        case queued = "QUEUED"
        case started = "STARTED"
        case validating = "VALIDATING"
        case validated = "VALIDATED"
        case running = "RUNNING"
        case failedValidation = "FAILED_VALIDATION"
        case failed = "FAILED"
        case success = "SUCCESS"
        case cancelled = "CANCELLED"
        case cancellationRequested = "CANCELLATION_REQUESTED"

        /// Whether the job will not change any more.
        var isFinal: Bool {
            switch self {
            case .success, .failed, .failedValidation, .cancelled: return true
            default: return false
            }
        }
    }

    /// A UUID.
    var id: String
    var model: String
    var autoStart: Bool
    var status: Status
    var createdAt: Timestamp
    var modifiedAt: Timestamp
    var trainingFiles: [String]
    var validationFiles: [String]
    var suffix: String?
    var hyperparameters: JSONObject
    /// `completion` or `classifier`.
    var jobType: String
    var classifierTargets: JSONValue
    var integrations: JSONValue
    var trainedTokens: Int?
    var fineTunedModel: String?
    /// The status history, as `events`.
    var statusHistory: [(status: Status, at: Timestamp)] = []

    /// The job object; `detailed` adds `events` and `checkpoints` (the `DetailedJobOut` schemas).
    func json(detailed: Bool) -> JSONValue {
        var object = JSONObject([
            ("id", .string(id)),
            ("auto_start", .bool(autoStart)),
            ("model", .string(model)),
            ("status", .string(status.rawValue)),
            ("created_at", .int(createdAt.unixSeconds)),
            ("modified_at", .int(modifiedAt.unixSeconds)),
            ("training_files", .array(trainingFiles.map(JSONValue.string))),
            ("validation_files", .array(validationFiles.map(JSONValue.string))),
            ("object", "job"),
            ("fine_tuned_model", .optional(fineTunedModel)),
            ("suffix", .optional(suffix)),
            ("integrations", integrations),
            ("trained_tokens", .optional(trainedTokens)),
            ("metadata", .null),
            ("job_type", .string(jobType)),
            ("hyperparameters", .object(hyperparameters)),
        ])
        if jobType == "classifier" {
            object["classifier_targets"] = classifierTargets
        } else {
            object["repositories"] = []
        }
        if detailed {
            object["events"] = .array(
                statusHistory.map { entry in
                    [
                        "name": "status-updated",
                        "data": ["status": .string(entry.status.rawValue)],
                        "created_at": .int(entry.at.unixSeconds),
                    ]
                }
            )
            object["checkpoints"] = []
        }
        return .object(object)
    }
}

extension FineTuningJobRecord {
    /// Moves the job to `status`, recording it in the history.
    mutating func record(_ status: Status) {
        let now = Timestamp.now
        self.status = status
        modifiedAt = now
        statusHistory.append((status, now))
    }
}
