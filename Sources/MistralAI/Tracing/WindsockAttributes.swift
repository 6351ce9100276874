/// The `windsock.*` span attribute names: what the GenAI conventions do not cover.
///
/// The Windsock server maps each of them onto its trace model; other backends keep them as plain attributes.
public enum WindsockAttributes {
    /// `windsock.cost_usd`: the call's cost in US dollars (absent when unknown, never 0 for unknown).
    public static let costUSD = "windsock.cost_usd"
    /// `windsock.time_to_first_token_ms`: milliseconds from the request to the first streamed token.
    public static let timeToFirstTokenMs = "windsock.time_to_first_token_ms"
    /// `windsock.span.kind`: the observation kind (`llm`, `embedding`, `tool`, `retriever`, `agent`, `chain`,
    /// `span`, `event`).
    public static let spanKind = "windsock.span.kind"
    /// `windsock.operation`: the client's operation name, e.g. `chat.stream`, `files.upload`.
    public static let operation = "windsock.operation"
    /// `windsock.input`: an observation's input, as JSON (or text).
    public static let input = "windsock.input"
    /// `windsock.output`: an observation's output, as JSON (or text).
    public static let output = "windsock.output"
    /// `windsock.metadata`: metadata of an observation and its trace, a JSON object.
    public static let metadata = "windsock.metadata"
    /// `windsock.model.parameters`: model parameters set by the application, a JSON object.
    public static let modelParameters = "windsock.model.parameters"
    /// `windsock.prompt.name`: the prompt template's name.
    public static let promptName = "windsock.prompt.name"
    /// `windsock.prompt.version`: the prompt template's version.
    public static let promptVersion = "windsock.prompt.version"
    /// `windsock.prompt.template`: the prompt template's text.
    public static let promptTemplate = "windsock.prompt.template"
    /// `windsock.prompt.variables`: the variables filled into the template, a JSON object.
    public static let promptVariables = "windsock.prompt.variables"
    /// `windsock.stream.termination`: how a stream ended: `finished`, `failed`, `cancelled`, `abandoned`.
    public static let streamTermination = "windsock.stream.termination"
    /// `windsock.stream.chunks`: how many elements a stream delivered.
    public static let streamChunks = "windsock.stream.chunks"
    /// `windsock.trace.name`: a name for the whole trace.
    public static let traceName = "windsock.trace.name"
    /// `windsock.tags`: tags for the whole trace.
    public static let traceTags = "windsock.tags"
    /// `windsock.trace.input`: the whole trace's input.
    public static let traceInput = "windsock.trace.input"
    /// `windsock.trace.output`: the whole trace's output.
    public static let traceOutput = "windsock.trace.output"
    /// `windsock.user.id`: the end user.
    public static let userID = "windsock.user.id"
    /// `windsock.session.id`: the session.
    public static let sessionID = "windsock.session.id"
    /// `windsock.error.code`: Mistral's error code, on an exception event.
    public static let errorCode = "windsock.error.code"
    /// `windsock.embeddings.input_count`: how many inputs an embeddings call embedded.
    public static let embeddingsInputCount = "windsock.embeddings.input_count"
    /// `windsock.ocr.pages`: how many pages an OCR call processed.
    public static let ocrPages = "windsock.ocr.pages"
    /// `windsock.ocr.document_size_bytes`: the size of the processed document.
    public static let ocrDocumentSizeBytes = "windsock.ocr.document_size_bytes"
    /// `windsock.moderation.flagged_categories`: categories flagged by moderation or classification.
    public static let flaggedCategories = "windsock.moderation.flagged_categories"
    /// `windsock.job.id`: a batch or fine-tuning job's id.
    public static let jobID = "windsock.job.id"
    /// `windsock.job.status`: a job's status.
    public static let jobStatus = "windsock.job.status"
    /// `windsock.job.hyperparameters`: a fine-tuning job's hyperparameters, a JSON object.
    public static let jobHyperparameters = "windsock.job.hyperparameters"
    /// `windsock.job.trained_tokens`: tokens trained by a fine-tuning job.
    public static let jobTrainedTokens = "windsock.job.trained_tokens"
    /// `windsock.file.id`: a file's id.
    public static let fileID = "windsock.file.id"
    /// `windsock.fim.prompt`: the code before the cursor in a FIM call.
    public static let fimPrompt = "windsock.fim.prompt"
    /// `windsock.fim.suffix`: the code after the cursor in a FIM call.
    public static let fimSuffix = "windsock.fim.suffix"
}
