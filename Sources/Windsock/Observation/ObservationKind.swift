import WindsockModel

/// What an observation (an application span) stands for: `llm`, `embedding`, `tool`, `retriever`, `agent`,
/// `chain`, `span` or `event` — the kinds of Windsock's trace model (Langfuse's observation types).
public typealias ObservationKind = WindsockModel.SpanKind
