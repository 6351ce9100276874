/// A fine-tuning job.
public struct FineTuningJob: Codable, Sendable, Hashable {
    /// The id (a UUID).
    public var id: String
    /// `job`.
    public var object: String?
    /// The base model.
    public var model: String
    /// The status.
    public var status: FineTuningJobStatus
    /// `completion` or `classifier`.
    public var jobType: String?
    /// Whether the job starts once validated.
    public var autoStart: Bool?
    /// Creation time, Unix seconds.
    public var createdAt: Int
    /// Last change, Unix seconds.
    public var modifiedAt: Int?
    /// The training file ids.
    public var trainingFiles: [String]
    /// The validation file ids.
    public var validationFiles: [String]?
    /// The resulting model id, once trained.
    public var fineTunedModel: String?
    /// The model name suffix.
    public var suffix: String?
    /// Tokens trained on.
    public var trainedTokens: Int?
    /// The hyperparameters.
    public var hyperparameters: FineTuningHyperparameters?
    /// Estimates: duration, cost, tokens.
    public var metadata: FineTuningJobMetadata?
    /// Integrations, as JSON.
    public var integrations: [JSONValue]?
    /// Repositories, as JSON.
    public var repositories: [JSONValue]?
    /// Status changes (detailed answers).
    public var events: [FineTuningJobEvent]?
    /// Training checkpoints with metrics (detailed answers).
    public var checkpoints: [JSONValue]?

    public init(id: String, model: String, status: FineTuningJobStatus, createdAt: Int, trainingFiles: [String] = []) {
        self.id = id
        self.object = "job"
        self.model = model
        self.status = status
        self.createdAt = createdAt
        self.trainingFiles = trainingFiles
    }

    enum CodingKeys: String, CodingKey {
        case id, object, model, status
        case jobType = "job_type"
        case autoStart = "auto_start"
        case createdAt = "created_at"
        case modifiedAt = "modified_at"
        case trainingFiles = "training_files"
        case validationFiles = "validation_files"
        case fineTunedModel = "fine_tuned_model"
        case suffix
        case trainedTokens = "trained_tokens"
        case hyperparameters, metadata, integrations, repositories, events, checkpoints
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        status = try container.decode(FineTuningJobStatus.self, forKey: .status)
        jobType = try container.decodeIfPresent(String.self, forKey: .jobType)
        autoStart = try container.decodeIfPresent(Bool.self, forKey: .autoStart)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt) ?? 0
        modifiedAt = try container.decodeIfPresent(Int.self, forKey: .modifiedAt)
        trainingFiles = try container.decodeIfPresent([String].self, forKey: .trainingFiles) ?? []
        validationFiles = try container.decodeIfPresent([String].self, forKey: .validationFiles)
        fineTunedModel = try container.decodeIfPresent(String.self, forKey: .fineTunedModel)
        suffix = try container.decodeIfPresent(String.self, forKey: .suffix)
        trainedTokens = try container.decodeIfPresent(Int.self, forKey: .trainedTokens)
        hyperparameters = try container.decodeIfPresent(FineTuningHyperparameters.self, forKey: .hyperparameters)
        metadata = try container.decodeIfPresent(FineTuningJobMetadata.self, forKey: .metadata)
        integrations = try container.decodeIfPresent([JSONValue].self, forKey: .integrations)
        repositories = try container.decodeIfPresent([JSONValue].self, forKey: .repositories)
        events = try container.decodeIfPresent([FineTuningJobEvent].self, forKey: .events)
        checkpoints = try container.decodeIfPresent([JSONValue].self, forKey: .checkpoints)
    }
}

/// The status of a fine-tuning job.
public enum FineTuningJobStatus: MistralOpenEnum {
    case queued
    case started
    case validating
    case validated
    case running
    case failedValidation
    case failed
    case success
    case cancelled
    case cancellationRequested
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [FineTuningJobStatus] = [
        .queued, .started, .validating, .validated, .running, .failedValidation, .failed, .success, .cancelled,
        .cancellationRequested,
    ]

    public var rawValue: String {
        switch self {
        case .queued: "QUEUED"
        case .started: "STARTED"
        case .validating: "VALIDATING"
        case .validated: "VALIDATED"
        case .running: "RUNNING"
        case .failedValidation: "FAILED_VALIDATION"
        case .failed: "FAILED"
        case .success: "SUCCESS"
        case .cancelled: "CANCELLED"
        case .cancellationRequested: "CANCELLATION_REQUESTED"
        case .unknown(let value): value
        }
    }
}

/// Estimates of a fine-tuning job; also the answer of a dry run.
public struct FineTuningJobMetadata: Codable, Sendable, Hashable {
    /// The expected duration in seconds.
    public var expectedDurationSeconds: Int?
    /// The cost.
    public var cost: Double?
    /// The cost's currency.
    public var costCurrency: String?
    /// Tokens per training step.
    public var trainTokensPerStep: Int?
    /// Tokens trained on.
    public var trainTokens: Int?
    /// Tokens in the data.
    public var dataTokens: Int?
    /// The estimated start time, Unix seconds.
    public var estimatedStartTime: Int?
    /// Epochs (dry runs).
    public var epochs: Double?
    /// Training steps (dry runs).
    public var trainingSteps: Int?
    /// Details (dry runs).
    public var details: String?
    /// `job.metadata` (dry runs).
    public var object: String?

    public init(expectedDurationSeconds: Int? = nil, cost: Double? = nil, costCurrency: String? = nil) {
        self.expectedDurationSeconds = expectedDurationSeconds
        self.cost = cost
        self.costCurrency = costCurrency
    }

    enum CodingKeys: String, CodingKey {
        case expectedDurationSeconds = "expected_duration_seconds"
        case cost
        case costCurrency = "cost_currency"
        case trainTokensPerStep = "train_tokens_per_step"
        case trainTokens = "train_tokens"
        case dataTokens = "data_tokens"
        case estimatedStartTime = "estimated_start_time"
        case epochs
        case trainingSteps = "training_steps"
        case details, object
    }
}

/// A status change of a fine-tuning job.
public struct FineTuningJobEvent: Codable, Sendable, Hashable {
    /// The event name, e.g. `status-updated`.
    public var name: String
    /// Event data.
    public var data: JSONValue?
    /// When, Unix seconds.
    public var createdAt: Int

    public init(name: String, data: JSONValue? = nil, createdAt: Int) {
        self.name = name
        self.data = data
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case name, data
        case createdAt = "created_at"
    }
}

/// The answer of `GET /v1/fine_tuning/jobs`.
public struct FineTuningJobList: Codable, Sendable, Hashable {
    /// The jobs.
    public var data: [FineTuningJob]
    /// `list`.
    public var object: String?
    /// How many jobs match, in all pages.
    public var total: Int

    public init(data: [FineTuningJob], total: Int) {
        self.data = data
        self.object = "list"
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case data, object, total
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        data = try container.decodeIfPresent([FineTuningJob].self, forKey: .data) ?? []
        object = try container.decodeIfPresent(String.self, forKey: .object)
        total = try container.decodeIfPresent(Int.self, forKey: .total) ?? data.count
    }
}

/// The parameters of `GET /v1/fine_tuning/jobs`.
public struct FineTuningJobListRequest: Codable, Sendable, Hashable {
    /// The page, from 0.
    public var page: Int?
    /// Jobs per page.
    public var pageSize: Int?
    /// Only jobs of this base model.
    public var model: String?
    /// Only jobs with this status.
    public var status: FineTuningJobStatus?
    /// Only jobs with this suffix.
    public var suffix: String?
    /// Only your jobs.
    public var createdByMe: Bool?

    public init(
        page: Int? = nil,
        pageSize: Int? = nil,
        model: String? = nil,
        status: FineTuningJobStatus? = nil,
        suffix: String? = nil,
        createdByMe: Bool? = nil
    ) {
        self.page = page
        self.pageSize = pageSize
        self.model = model
        self.status = status
        self.suffix = suffix
        self.createdByMe = createdByMe
    }

    enum CodingKeys: String, CodingKey {
        case page
        case pageSize = "page_size"
        case model, status, suffix
        case createdByMe = "created_by_me"
    }

    var queryItems: [MistralQueryItem] {
        var query = QueryBuilder()
        query.add("page", page)
        query.add("page_size", pageSize)
        query.add("model", model)
        query.add("status", status)
        query.add("suffix", suffix)
        query.add("created_by_me", createdByMe)
        return query.items
    }
}
