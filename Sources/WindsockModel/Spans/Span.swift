import OrderedJSON

/// One span (an observation) in Windsock's trace model, whatever instrumentation produced it.
///
/// Chat inputs and outputs are kept in the OpenTelemetry GenAI message format, whatever format they arrived
/// in: `input` is an array of `{"role", "parts": [{"type": "text"|"tool_call"|"tool_call_response"|…}]}`
/// objects and `output` an array of the same with `finish_reason`. Other spans keep their input and output
/// as the JSON (or text) that was sent: function arguments, retrieved documents, return values.
public struct Span: Equatable, Sendable {
    /// The trace this span belongs to.
    public var traceID: TraceID
    /// This span's id.
    public var spanID: SpanID
    /// The parent's id; `nil` for a root span. The parent may never arrive.
    public var parentSpanID: SpanID?
    /// The span name, e.g. `chat mistral-small-latest`.
    public var name: String
    /// What the span stands for.
    public var kind: SpanKind
    /// When it started.
    public var startTime: Timestamp
    /// When it ended.
    public var endTime: Timestamp
    /// Whether it failed.
    public var status: SpanStatus
    /// The error message, when it failed.
    public var statusMessage: String?

    /// The `service.name` of the process that sent it.
    public var serviceName: String?
    /// The instrumentation scope (library) that made it.
    public var scopeName: String?

    /// The model provider, e.g. `mistral_ai`.
    public var provider: String?
    /// The GenAI operation, e.g. `chat`, `embeddings`, `text_completion`, `invoke_agent`, `execute_tool`.
    public var operation: String?
    /// The model that was asked for.
    public var requestModel: String?
    /// The model that answered.
    public var responseModel: String?
    /// The provider's id of the response.
    public var responseID: String?
    /// Request parameters: `temperature`, `max_tokens`, `top_p`, `random_seed`, `stream`, … (snake_case).
    public var parameters: JSONObject
    /// The tools offered to the model, as JSON.
    public var toolDefinitions: JSONValue?
    /// What went in (see the type's documentation for the format).
    public var input: JSONValue?
    /// What came out.
    public var output: JSONValue?
    /// Token counts.
    public var usage: TokenUsage
    /// Cost in US dollars; `nil` when unknown (never 0 for unknown).
    public var costUSD: Double?
    /// Milliseconds from the request to the first streamed token.
    public var timeToFirstTokenMs: Double?
    /// Why generation stopped, one per choice.
    public var finishReasons: [String]
    /// The prompt template, where known.
    public var prompt: PromptReference?

    /// The end user, from `user.id`, `langfuse.user.id`, `mlflow.trace.user`, ….
    public var userID: String?
    /// The session or conversation, from `session.id`, `gen_ai.conversation.id`, ….
    public var sessionID: String?
    /// Tags for the whole trace.
    public var tags: [String]
    /// A name for the whole trace, when the span sets one (`langfuse.trace.name`).
    public var traceName: String?
    /// Metadata for the span and its trace (`langfuse.*.metadata.*`, `mlflow.trace.metadata`, …).
    public var metadata: JSONObject

    /// Every attribute as received, values decoded from OTLP's `AnyValue` into JSON.
    public var attributes: JSONObject
    /// The resource attributes of the process that sent it.
    public var resourceAttributes: JSONObject
    /// Timed events, e.g. exceptions.
    public var events: [SpanEvent]

    /// Creates a span; everything but its identity, name, kind and times is optional.
    public init(
        traceID: TraceID, spanID: SpanID, parentSpanID: SpanID? = nil, name: String, kind: SpanKind = .span,
        startTime: Timestamp, endTime: Timestamp, status: SpanStatus = .ok, statusMessage: String? = nil,
        serviceName: String? = nil, scopeName: String? = nil, provider: String? = nil, operation: String? = nil,
        requestModel: String? = nil, responseModel: String? = nil, responseID: String? = nil,
        parameters: JSONObject = JSONObject(), toolDefinitions: JSONValue? = nil, input: JSONValue? = nil,
        output: JSONValue? = nil, usage: TokenUsage = TokenUsage(), costUSD: Double? = nil,
        timeToFirstTokenMs: Double? = nil, finishReasons: [String] = [], prompt: PromptReference? = nil,
        userID: String? = nil, sessionID: String? = nil, tags: [String] = [], traceName: String? = nil,
        metadata: JSONObject = JSONObject(), attributes: JSONObject = JSONObject(),
        resourceAttributes: JSONObject = JSONObject(), events: [SpanEvent] = []
    ) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.name = name
        self.kind = kind
        self.startTime = startTime
        self.endTime = endTime
        self.status = status
        self.statusMessage = statusMessage
        self.serviceName = serviceName
        self.scopeName = scopeName
        self.provider = provider
        self.operation = operation
        self.requestModel = requestModel
        self.responseModel = responseModel
        self.responseID = responseID
        self.parameters = parameters
        self.toolDefinitions = toolDefinitions
        self.input = input
        self.output = output
        self.usage = usage
        self.costUSD = costUSD
        self.timeToFirstTokenMs = timeToFirstTokenMs
        self.finishReasons = finishReasons
        self.prompt = prompt
        self.userID = userID
        self.sessionID = sessionID
        self.tags = tags
        self.traceName = traceName
        self.metadata = metadata
        self.attributes = attributes
        self.resourceAttributes = resourceAttributes
        self.events = events
    }

    /// The model to show: the one that answered, else the one asked for.
    public var model: String? { responseModel ?? requestModel }

    /// The span's duration in milliseconds.
    public var durationMs: Double { startTime.milliseconds(to: endTime) }
}
