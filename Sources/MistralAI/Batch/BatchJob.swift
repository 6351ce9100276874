/// A batch job.
public struct BatchJob: Codable, Sendable, Hashable {
    /// The id.
    public var id: String
    /// `batch`.
    public var object: String?
    /// The input files.
    public var inputFiles: [String]
    /// Free-form metadata.
    public var metadata: [String: JSONValue]?
    /// The endpoint.
    public var endpoint: String
    /// The model.
    public var model: String?
    /// The agent.
    public var agentID: String?
    /// The JSONL file of results, once available.
    public var outputFile: String?
    /// The JSONL file of errors, once available.
    public var errorFile: String?
    /// Errors, grouped by message.
    public var errors: [BatchError]
    /// Inline results, when requested.
    public var outputs: [JSONValue]?
    /// The status.
    public var status: BatchJobStatus
    /// Creation time, Unix seconds.
    public var createdAt: Int
    /// Requests in the job.
    public var totalRequests: Int
    /// Requests done.
    public var completedRequests: Int
    /// Requests that succeeded.
    public var succeededRequests: Int
    /// Requests that failed.
    public var failedRequests: Int
    /// Start time, Unix seconds.
    public var startedAt: Int?
    /// End time, Unix seconds.
    public var completedAt: Int?

    public init(id: String, endpoint: String, status: BatchJobStatus, createdAt: Int) {
        self.id = id
        self.object = "batch"
        self.inputFiles = []
        self.endpoint = endpoint
        self.errors = []
        self.status = status
        self.createdAt = createdAt
        self.totalRequests = 0
        self.completedRequests = 0
        self.succeededRequests = 0
        self.failedRequests = 0
    }

    /// Whether the job reached a final status.
    public var isFinished: Bool {
        switch status {
        case .success, .failed, .timeoutExceeded, .cancelled: true
        default: false
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, object
        case inputFiles = "input_files"
        case metadata, endpoint, model
        case agentID = "agent_id"
        case outputFile = "output_file"
        case errorFile = "error_file"
        case errors, outputs, status
        case createdAt = "created_at"
        case totalRequests = "total_requests"
        case completedRequests = "completed_requests"
        case succeededRequests = "succeeded_requests"
        case failedRequests = "failed_requests"
        case startedAt = "started_at"
        case completedAt = "completed_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        inputFiles = try container.decodeIfPresent([String].self, forKey: .inputFiles) ?? []
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
        endpoint = try container.decodeIfPresent(String.self, forKey: .endpoint) ?? ""
        model = try container.decodeIfPresent(String.self, forKey: .model)
        agentID = try container.decodeIfPresent(String.self, forKey: .agentID)
        outputFile = try container.decodeIfPresent(String.self, forKey: .outputFile)
        errorFile = try container.decodeIfPresent(String.self, forKey: .errorFile)
        errors = try container.decodeIfPresent([BatchError].self, forKey: .errors) ?? []
        outputs = try container.decodeIfPresent([JSONValue].self, forKey: .outputs)
        status = try container.decode(BatchJobStatus.self, forKey: .status)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt) ?? 0
        totalRequests = try container.decodeIfPresent(Int.self, forKey: .totalRequests) ?? 0
        completedRequests = try container.decodeIfPresent(Int.self, forKey: .completedRequests) ?? 0
        succeededRequests = try container.decodeIfPresent(Int.self, forKey: .succeededRequests) ?? 0
        failedRequests = try container.decodeIfPresent(Int.self, forKey: .failedRequests) ?? 0
        startedAt = try container.decodeIfPresent(Int.self, forKey: .startedAt)
        completedAt = try container.decodeIfPresent(Int.self, forKey: .completedAt)
    }
}

/// The status of a batch job.
public enum BatchJobStatus: MistralOpenEnum {
    case queued
    case running
    case success
    case failed
    case timeoutExceeded
    case cancellationRequested
    case cancelled
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [BatchJobStatus] = [
        .queued, .running, .success, .failed, .timeoutExceeded, .cancellationRequested, .cancelled,
    ]

    public var rawValue: String {
        switch self {
        case .queued: "QUEUED"
        case .running: "RUNNING"
        case .success: "SUCCESS"
        case .failed: "FAILED"
        case .timeoutExceeded: "TIMEOUT_EXCEEDED"
        case .cancellationRequested: "CANCELLATION_REQUESTED"
        case .cancelled: "CANCELLED"
        case .unknown(let value): value
        }
    }
}

/// Errors of a batch job with the same message.
public struct BatchError: Codable, Sendable, Hashable {
    /// The message.
    public var message: String
    /// How many requests failed with it.
    public var count: Int?

    public init(message: String, count: Int? = nil) {
        self.message = message
        self.count = count
    }

    enum CodingKeys: String, CodingKey {
        case message, count
    }
}

/// The answer of `GET /v1/batch/jobs`.
public struct BatchJobList: Codable, Sendable, Hashable {
    /// The jobs.
    public var data: [BatchJob]
    /// `list`.
    public var object: String?
    /// How many jobs match, in all pages.
    public var total: Int

    public init(data: [BatchJob], total: Int) {
        self.data = data
        self.object = "list"
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case data, object, total
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        data = try container.decodeIfPresent([BatchJob].self, forKey: .data) ?? []
        object = try container.decodeIfPresent(String.self, forKey: .object)
        total = try container.decodeIfPresent(Int.self, forKey: .total) ?? data.count
    }
}

/// The parameters of `GET /v1/batch/jobs`.
public struct BatchJobListRequest: Codable, Sendable, Hashable {
    /// The page, from 0.
    public var page: Int?
    /// Jobs per page.
    public var pageSize: Int?
    /// Only jobs of this model.
    public var model: String?
    /// Only jobs of this agent.
    public var agentID: String?
    /// Only jobs created after this time (ISO 8601).
    public var createdAfter: String?
    /// Only your jobs.
    public var createdByMe: Bool?
    /// Only jobs with these statuses.
    public var status: [BatchJobStatus]?

    public init(
        page: Int? = nil,
        pageSize: Int? = nil,
        model: String? = nil,
        agentID: String? = nil,
        createdAfter: String? = nil,
        createdByMe: Bool? = nil,
        status: [BatchJobStatus]? = nil
    ) {
        self.page = page
        self.pageSize = pageSize
        self.model = model
        self.agentID = agentID
        self.createdAfter = createdAfter
        self.createdByMe = createdByMe
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case page
        case pageSize = "page_size"
        case model
        case agentID = "agent_id"
        case createdAfter = "created_after"
        case createdByMe = "created_by_me"
        case status
    }

    var queryItems: [MistralQueryItem] {
        var query = QueryBuilder()
        query.add("page", page)
        query.add("page_size", pageSize)
        query.add("model", model)
        query.add("agent_id", agentID)
        query.add("created_after", createdAfter)
        query.add("created_by_me", createdByMe)
        query.add("status", each: status)
        return query.items
    }
}
