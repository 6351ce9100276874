/// The request schemas of every route the emulator validates, named after the schemas of `openapi.yaml`.
enum RequestSchemas {
    /// The sampling fields PyPI `mistralai` adds to chat and agents requests (ahead of the published spec).
    private static let sdkSamplingFields: [(String, RequestSchema.FieldType)] = [
        ("min_tokens", .integer), ("repetition_penalty", .number), ("top_k", .integer), ("logprobs", .boolean),
        ("top_logprobs", .integer), ("prompt_logprobs", .boolean), ("top_prompt_logprobs", .integer),
    ]

    /// `ChatCompletionRequest` (`POST /v1/chat/completions`).
    static let chatCompletion = RequestSchema(
        [
            ("model", .string), ("temperature", .number), ("top_p", .number), ("max_tokens", .integer),
            ("stream", .boolean), ("stop", .any), ("random_seed", .integer), ("metadata", .object),
            ("messages", .array), ("response_format", .object), ("tools", .array), ("tool_choice", .any),
            ("presence_penalty", .number), ("frequency_penalty", .number), ("n", .integer), ("prediction", .object),
            ("parallel_tool_calls", .boolean), ("reasoning_effort", .string), ("prompt_mode", .string),
            ("guardrails", .array), ("prompt_cache_key", .string), ("service_tier", .string), ("safe_prompt", .boolean),
        ],
        required: ["model", "messages"]
    ).adding(sdkSamplingFields)

    /// `FIMCompletionRequest` (`POST /v1/fim/completions`).
    static let fimCompletion = RequestSchema(
        [
            ("model", .string), ("temperature", .number), ("top_p", .number), ("max_tokens", .integer),
            ("stream", .boolean), ("stop", .any), ("random_seed", .integer), ("metadata", .object),
            ("prompt", .string), ("suffix", .string), ("min_tokens", .integer), ("prompt_cache_key", .string),
        ],
        required: ["model", "prompt"]
    )

    /// `AgentsCompletionRequest` (`POST /v1/agents/completions`): the chat body with `agent_id` instead of
    /// `model`, and without `temperature` or `top_p`.
    static let agentsCompletion = RequestSchema(
        [
            ("max_tokens", .integer), ("stream", .boolean), ("stop", .any), ("random_seed", .integer),
            ("metadata", .object), ("messages", .array), ("response_format", .object), ("tools", .array),
            ("tool_choice", .any), ("presence_penalty", .number), ("frequency_penalty", .number), ("n", .integer),
            ("prediction", .object), ("parallel_tool_calls", .boolean), ("reasoning_effort", .string),
            ("prompt_mode", .string), ("guardrails", .array), ("prompt_cache_key", .string),
            ("service_tier", .string), ("agent_id", .string),
        ],
        required: ["messages", "agent_id"]
    ).adding(sdkSamplingFields)

    /// `EmbeddingRequest` (`POST /v1/embeddings`).
    static let embedding = RequestSchema(
        [
            ("model", .string), ("metadata", .object), ("input", .any), ("output_dimension", .integer),
            ("output_dtype", .string), ("encoding_format", .string),
        ],
        required: ["model", "input"]
    )

    /// `ClassificationRequest` (`POST /v1/moderations`, `POST /v1/classifications`).
    static let classification = RequestSchema(
        [("model", .string), ("metadata", .object), ("input", .any)],
        required: ["model", "input"]
    )

    /// `ChatModerationRequest` (`POST /v1/chat/moderations`): `input` is a list of messages or of conversations.
    static let chatModeration = RequestSchema(
        [("model", .string), ("input", .array)],
        required: ["model", "input"]
    )

    /// `ChatClassificationRequest` (`POST /v1/chat/classifications`): `input` is one `InstructRequest` or a list.
    static let chatClassification = RequestSchema(
        [("model", .string), ("input", .any)],
        required: ["model", "input"]
    )

    /// `OCRRequest` (`POST /v1/ocr`).
    static let ocr = RequestSchema(
        [
            ("model", .string), ("document", .object), ("pages", .any),
            ("include_image_base64", .boolean), ("image_limit", .integer), ("image_min_size", .integer),
            ("bbox_annotation_format", .object), ("document_annotation_format", .object),
            ("document_annotation_prompt", .string), ("table_format", .string), ("extract_header", .boolean),
            ("extract_footer", .boolean), ("include_blocks", .boolean), ("confidence_scores_granularity", .string),
        ],
        required: ["model", "document"]
    )

    /// `CreateAgentRequest` (`POST /v1/agents`).
    static let createAgent = RequestSchema(
        [
            ("instructions", .string), ("tools", .array), ("completion_args", .object), ("guardrails", .array),
            ("model", .string), ("name", .string), ("description", .string), ("handoffs", .array),
            ("metadata", .object), ("version_message", .string),
        ],
        required: ["model", "name"]
    )

    /// `UpdateAgentRequest` (`PATCH /v1/agents/{id}`).
    static let updateAgent = RequestSchema(
        [
            ("instructions", .string), ("tools", .array), ("completion_args", .object), ("guardrails", .array),
            ("model", .string), ("name", .string), ("description", .string), ("handoffs", .array),
            ("deployment_chat", .boolean), ("metadata", .object), ("version_message", .string),
        ],
        required: []
    )

    /// `ConversationRequest` / `ConversationStreamRequest` (`POST /v1/conversations`).
    static let startConversation = RequestSchema(
        [
            ("inputs", .any), ("stream", .boolean), ("store", .boolean), ("handoff_execution", .string),
            ("instructions", .string), ("tools", .array), ("completion_args", .object), ("guardrails", .array),
            ("name", .string), ("description", .string), ("metadata", .object), ("agent_id", .string),
            ("agent_version", .any), ("model", .string),
        ],
        required: ["inputs"]
    )

    /// `ConversationAppendRequest` (`POST /v1/conversations/{id}`).
    static let appendConversation = RequestSchema(
        [
            ("inputs", .any), ("stream", .boolean), ("store", .boolean), ("handoff_execution", .string),
            ("completion_args", .object), ("tool_confirmations", .array),
        ],
        required: []
    )

    /// `ConversationRestartRequest` (`POST /v1/conversations/{id}/restart`).
    static let restartConversation = RequestSchema(
        [
            ("inputs", .any), ("stream", .boolean), ("store", .boolean), ("handoff_execution", .string),
            ("completion_args", .object), ("guardrails", .array), ("metadata", .object), ("from_entry_id", .string),
            ("agent_version", .any),
        ],
        required: ["from_entry_id"]
    )

    /// `CreateBatchJobRequest` (`POST /v1/batch/jobs`).
    static let createBatchJob = RequestSchema(
        [
            ("input_files", .array), ("requests", .array), ("endpoint", .string), ("model", .string),
            ("agent_id", .string), ("metadata", .object), ("timeout_hours", .integer),
        ],
        required: ["endpoint"]
    )

    /// `JobIn` (`POST /v1/fine_tuning/jobs`, in the legacy spec).
    static let createFineTuningJob = RequestSchema(
        [
            ("model", .string), ("training_files", .array), ("validation_files", .array), ("suffix", .string),
            ("integrations", .array), ("auto_start", .boolean), ("invalid_sample_skip_percentage", .number),
            ("job_type", .string), ("hyperparameters", .object), ("repositories", .array),
            ("classifier_targets", .array),
        ],
        required: ["model", "hyperparameters"]
    )
}
