import NIOHTTP1

/// One operation of the Mistral API, with a stable name for tracing and metrics.
///
/// Names are `area.action`, e.g. `chat.complete`, `chat.stream`, `embeddings.create`, `fim.complete`,
/// `conversations.start`, `files.upload`. ``pathTemplate`` names path parameters in braces.
public struct MistralOperation: Sendable, Hashable, CustomStringConvertible {
    /// The stable name, e.g. `chat.complete`.
    public var name: String
    /// The HTTP method.
    public var method: HTTPMethod
    /// The route, e.g. `/v1/files/{file_id}`.
    public var pathTemplate: String
    /// Whether the answer is a stream of Server-Sent Events.
    public var isStreaming: Bool

    public init(name: String, method: HTTPMethod, pathTemplate: String, isStreaming: Bool = false) {
        self.name = name
        self.method = method
        self.pathTemplate = pathTemplate
        self.isStreaming = isStreaming
    }

    public var description: String { name }

    public static func == (lhs: MistralOperation, rhs: MistralOperation) -> Bool {
        lhs.name == rhs.name && lhs.method == rhs.method && lhs.pathTemplate == rhs.pathTemplate
            && lhs.isStreaming == rhs.isStreaming
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(method.rawValue)
        hasher.combine(pathTemplate)
        hasher.combine(isStreaming)
    }
}

extension MistralOperation {
    /// `chat.complete`: `POST /v1/chat/completions`.
    public static let chatComplete = post("chat.complete", "/v1/chat/completions")
    /// `chat.stream`: `POST /v1/chat/completions`, streamed.
    public static let chatStream = post("chat.stream", "/v1/chat/completions", streaming: true)
    /// `fim.complete`: `POST /v1/fim/completions`.
    public static let fimComplete = post("fim.complete", "/v1/fim/completions")
    /// `fim.stream`: `POST /v1/fim/completions`, streamed.
    public static let fimStream = post("fim.stream", "/v1/fim/completions", streaming: true)
    /// `embeddings.create`: `POST /v1/embeddings`.
    public static let embeddingsCreate = post("embeddings.create", "/v1/embeddings")

    /// `agents.complete`: `POST /v1/agents/completions`.
    public static let agentsComplete = post("agents.complete", "/v1/agents/completions")
    /// `agents.stream`: `POST /v1/agents/completions`, streamed.
    public static let agentsStream = post("agents.stream", "/v1/agents/completions", streaming: true)
    /// `agents.create`: `POST /v1/agents`.
    public static let agentsCreate = post("agents.create", "/v1/agents")
    /// `agents.list`: `GET /v1/agents`.
    public static let agentsList = get("agents.list", "/v1/agents")
    /// `agents.get`: `GET /v1/agents/{agent_id}`.
    public static let agentsGet = get("agents.get", "/v1/agents/{agent_id}")
    /// `agents.update`: `PATCH /v1/agents/{agent_id}`.
    public static let agentsUpdate = MistralOperation(
        name: "agents.update",
        method: .PATCH,
        pathTemplate: "/v1/agents/{agent_id}"
    )
    /// `agents.delete`: `DELETE /v1/agents/{agent_id}`.
    public static let agentsDelete = delete("agents.delete", "/v1/agents/{agent_id}")

    /// `conversations.start`: `POST /v1/conversations`.
    public static let conversationsStart = post("conversations.start", "/v1/conversations")
    /// `conversations.start_stream`: `POST /v1/conversations`, streamed.
    public static let conversationsStartStream = post(
        "conversations.start_stream",
        "/v1/conversations",
        streaming: true
    )
    /// `conversations.append`: `POST /v1/conversations/{conversation_id}`.
    public static let conversationsAppend = post("conversations.append", "/v1/conversations/{conversation_id}")
    /// `conversations.append_stream`: `POST /v1/conversations/{conversation_id}`, streamed.
    public static let conversationsAppendStream = post(
        "conversations.append_stream",
        "/v1/conversations/{conversation_id}",
        streaming: true
    )
    /// `conversations.restart`: `POST /v1/conversations/{conversation_id}/restart`.
    public static let conversationsRestart = post(
        "conversations.restart",
        "/v1/conversations/{conversation_id}/restart"
    )
    /// `conversations.restart_stream`: `POST /v1/conversations/{conversation_id}/restart`, streamed.
    public static let conversationsRestartStream = post(
        "conversations.restart_stream",
        "/v1/conversations/{conversation_id}/restart",
        streaming: true
    )
    /// `conversations.list`: `GET /v1/conversations`.
    public static let conversationsList = get("conversations.list", "/v1/conversations")
    /// `conversations.get`: `GET /v1/conversations/{conversation_id}`.
    public static let conversationsGet = get("conversations.get", "/v1/conversations/{conversation_id}")
    /// `conversations.delete`: `DELETE /v1/conversations/{conversation_id}`.
    public static let conversationsDelete = delete("conversations.delete", "/v1/conversations/{conversation_id}")
    /// `conversations.history`: `GET /v1/conversations/{conversation_id}/history`.
    public static let conversationsHistory = get(
        "conversations.history",
        "/v1/conversations/{conversation_id}/history"
    )
    /// `conversations.messages`: `GET /v1/conversations/{conversation_id}/messages`.
    public static let conversationsMessages = get(
        "conversations.messages",
        "/v1/conversations/{conversation_id}/messages"
    )

    /// `moderations.create`: `POST /v1/moderations`.
    public static let moderationsCreate = post("moderations.create", "/v1/moderations")
    /// `moderations.chat`: `POST /v1/chat/moderations`.
    public static let moderationsChat = post("moderations.chat", "/v1/chat/moderations")
    /// `classifiers.classify`: `POST /v1/classifications`.
    public static let classifiersClassify = post("classifiers.classify", "/v1/classifications")
    /// `classifiers.classify_chat`: `POST /v1/chat/classifications`.
    public static let classifiersClassifyChat = post("classifiers.classify_chat", "/v1/chat/classifications")
    /// `ocr.process`: `POST /v1/ocr`.
    public static let ocrProcess = post("ocr.process", "/v1/ocr")

    /// `models.list`: `GET /v1/models`.
    public static let modelsList = get("models.list", "/v1/models")
    /// `models.retrieve`: `GET /v1/models/{model_id}`.
    public static let modelsRetrieve = get("models.retrieve", "/v1/models/{model_id}")
    /// `models.delete`: `DELETE /v1/models/{model_id}`.
    public static let modelsDelete = delete("models.delete", "/v1/models/{model_id}")

    /// `files.upload`: `POST /v1/files`.
    public static let filesUpload = post("files.upload", "/v1/files")
    /// `files.list`: `GET /v1/files`.
    public static let filesList = get("files.list", "/v1/files")
    /// `files.retrieve`: `GET /v1/files/{file_id}`.
    public static let filesRetrieve = get("files.retrieve", "/v1/files/{file_id}")
    /// `files.delete`: `DELETE /v1/files/{file_id}`.
    public static let filesDelete = delete("files.delete", "/v1/files/{file_id}")
    /// `files.download`: `GET /v1/files/{file_id}/content`.
    public static let filesDownload = get("files.download", "/v1/files/{file_id}/content")
    /// `files.signed_url`: `GET /v1/files/{file_id}/url`.
    public static let filesSignedURL = get("files.signed_url", "/v1/files/{file_id}/url")

    /// `batch.create`: `POST /v1/batch/jobs`.
    public static let batchCreate = post("batch.create", "/v1/batch/jobs")
    /// `batch.list`: `GET /v1/batch/jobs`.
    public static let batchList = get("batch.list", "/v1/batch/jobs")
    /// `batch.get`: `GET /v1/batch/jobs/{job_id}`.
    public static let batchGet = get("batch.get", "/v1/batch/jobs/{job_id}")
    /// `batch.cancel`: `POST /v1/batch/jobs/{job_id}/cancel`.
    public static let batchCancel = post("batch.cancel", "/v1/batch/jobs/{job_id}/cancel")

    /// `fine_tuning.create`: `POST /v1/fine_tuning/jobs`.
    public static let fineTuningCreate = post("fine_tuning.create", "/v1/fine_tuning/jobs")
    /// `fine_tuning.dry_run`: `POST /v1/fine_tuning/jobs`.
    public static let fineTuningDryRun = post("fine_tuning.dry_run", "/v1/fine_tuning/jobs")
    /// `fine_tuning.list`: `GET /v1/fine_tuning/jobs`.
    public static let fineTuningList = get("fine_tuning.list", "/v1/fine_tuning/jobs")
    /// `fine_tuning.get`: `GET /v1/fine_tuning/jobs/{job_id}`.
    public static let fineTuningGet = get("fine_tuning.get", "/v1/fine_tuning/jobs/{job_id}")
    /// `fine_tuning.cancel`: `POST /v1/fine_tuning/jobs/{job_id}/cancel`.
    public static let fineTuningCancel = post("fine_tuning.cancel", "/v1/fine_tuning/jobs/{job_id}/cancel")
    /// `fine_tuning.start`: `POST /v1/fine_tuning/jobs/{job_id}/start`.
    public static let fineTuningStart = post("fine_tuning.start", "/v1/fine_tuning/jobs/{job_id}/start")

    private static func post(_ name: String, _ path: String, streaming: Bool = false) -> MistralOperation {
        MistralOperation(name: name, method: .POST, pathTemplate: path, isStreaming: streaming)
    }

    private static func get(_ name: String, _ path: String) -> MistralOperation {
        MistralOperation(name: name, method: .GET, pathTemplate: path)
    }

    private static func delete(_ name: String, _ path: String) -> MistralOperation {
        MistralOperation(name: name, method: .DELETE, pathTemplate: path)
    }
}
