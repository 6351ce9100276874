/// The `windsock.*` span attributes: what Windsock's own SDK sends beyond the OpenTelemetry GenAI conventions.
///
/// The server reads them first, before any other convention.
public enum WindsockAttribute {
    /// The cost of the call in US dollars (a double).
    public static let costUSD = "windsock.cost_usd"
    /// Milliseconds from the request to the first streamed token (a double).
    public static let timeToFirstTokenMs = "windsock.time_to_first_token_ms"
    /// A name for the whole trace.
    public static let traceName = "windsock.trace.name"
    /// The end user.
    public static let userID = "windsock.user.id"
    /// The session or conversation.
    public static let sessionID = "windsock.session.id"
    /// Tags for the whole trace (a string array, or a JSON array in a string).
    public static let tags = "windsock.tags"
    /// What the span stands for: `llm`, `embedding`, `tool`, `retriever`, `agent`, `chain`, `span` or `event`.
    public static let spanKind = "windsock.span.kind"
    /// The prompt template's name.
    public static let promptName = "windsock.prompt.name"
    /// The prompt template's version.
    public static let promptVersion = "windsock.prompt.version"
    /// The prompt template's text.
    public static let promptTemplate = "windsock.prompt.template"
    /// The variables filled into the template (a JSON object in a string).
    public static let promptVariables = "windsock.prompt.variables"
    /// The input of a non-model span (JSON text, or plain text).
    public static let input = "windsock.input"
    /// The output of a non-model span (JSON text, or plain text).
    public static let output = "windsock.output"
    /// Metadata for the span and its trace (a JSON object in a string).
    public static let metadata = "windsock.metadata"
}
