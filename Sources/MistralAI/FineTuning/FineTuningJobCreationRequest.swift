/// A request to `POST /v1/fine_tuning/jobs`.
public struct FineTuningJobCreationRequest: Codable, Sendable, Hashable {
    /// The base model, e.g. `open-mistral-7b`.
    public var model: String
    /// The training files (uploaded with purpose `fine-tune`).
    public var trainingFiles: [TrainingFile]
    /// Validation file ids.
    public var validationFiles: [String]?
    /// The hyperparameters.
    public var hyperparameters: FineTuningHyperparameters
    /// A suffix for the model name (`ft:<base>:<suffix>:<id>`), at most 18 characters.
    public var suffix: String?
    /// Whether the job starts once validated (otherwise call ``Mistral/FineTuning/start(_:)``).
    public var autoStart: Bool?
    /// `completion` or `classifier`.
    public var jobType: String?
    /// Integrations such as Weights & Biases, as JSON.
    public var integrations: [JSONValue]?
    /// Repositories to train on, as JSON.
    public var repositories: [JSONValue]?
    /// Classifier targets, as JSON.
    public var classifierTargets: [JSONValue]?
    /// The share of invalid samples that may be skipped (0…0.5).
    public var invalidSampleSkipPercentage: Double?

    public init(
        model: String,
        trainingFiles: [TrainingFile],
        validationFiles: [String]? = nil,
        hyperparameters: FineTuningHyperparameters = FineTuningHyperparameters(),
        suffix: String? = nil,
        autoStart: Bool? = nil,
        jobType: String? = nil,
        integrations: [JSONValue]? = nil,
        repositories: [JSONValue]? = nil,
        classifierTargets: [JSONValue]? = nil,
        invalidSampleSkipPercentage: Double? = nil
    ) {
        self.model = model
        self.trainingFiles = trainingFiles
        self.validationFiles = validationFiles
        self.hyperparameters = hyperparameters
        self.suffix = suffix
        self.autoStart = autoStart
        self.jobType = jobType
        self.integrations = integrations
        self.repositories = repositories
        self.classifierTargets = classifierTargets
        self.invalidSampleSkipPercentage = invalidSampleSkipPercentage
    }

    enum CodingKeys: String, CodingKey {
        case model
        case trainingFiles = "training_files"
        case validationFiles = "validation_files"
        case hyperparameters, suffix
        case autoStart = "auto_start"
        case jobType = "job_type"
        case integrations, repositories
        case classifierTargets = "classifier_targets"
        case invalidSampleSkipPercentage = "invalid_sample_skip_percentage"
    }
}

/// A training file and its weight.
public struct TrainingFile: Codable, Sendable, Hashable {
    /// The file id.
    public var fileID: String
    /// The weight of its samples (default 1).
    public var weight: Double?

    public init(fileID: String, weight: Double? = nil) {
        self.fileID = fileID
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey {
        case fileID = "file_id"
        case weight
    }
}

/// Fine-tuning hyperparameters.
public struct FineTuningHyperparameters: Codable, Sendable, Hashable {
    /// Training steps.
    public var trainingSteps: Int?
    /// The learning rate (default 0.0001).
    public var learningRate: Double?
    /// Weight decay.
    public var weightDecay: Double?
    /// The share of steps used for warm-up.
    public var warmupFraction: Double?
    /// Epochs.
    public var epochs: Double?
    /// Sequence length.
    public var seqLen: Int?
    /// The share of fill-in-the-middle samples (code models).
    public var fimRatio: Double?

    public init(
        trainingSteps: Int? = nil,
        learningRate: Double? = nil,
        weightDecay: Double? = nil,
        warmupFraction: Double? = nil,
        epochs: Double? = nil,
        seqLen: Int? = nil,
        fimRatio: Double? = nil
    ) {
        self.trainingSteps = trainingSteps
        self.learningRate = learningRate
        self.weightDecay = weightDecay
        self.warmupFraction = warmupFraction
        self.epochs = epochs
        self.seqLen = seqLen
        self.fimRatio = fimRatio
    }

    enum CodingKeys: String, CodingKey {
        case trainingSteps = "training_steps"
        case learningRate = "learning_rate"
        case weightDecay = "weight_decay"
        case warmupFraction = "warmup_fraction"
        case epochs
        case seqLen = "seq_len"
        case fimRatio = "fim_ratio"
    }
}
