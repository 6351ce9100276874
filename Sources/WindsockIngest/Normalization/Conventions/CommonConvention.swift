import OrderedJSON
import WindsockModel

/// Attributes shared by several instrumentations: `user.id`, `session.id`, `tag.tags`, `metadata` (OpenInference,
/// Langfuse), and `error.type` (the OpenTelemetry way to say a call failed).
extension SpanBuilder {
    mutating func applyCommon(_ attributes: AttributeIndex) {
        Self.fill(&span.userID, attributes.string("user.id"))
        Self.fill(&span.sessionID, attributes.string("session.id"))
        addTags(attributes.strings("tag.tags") ?? [])
        if case .object(let metadata)? = attributes.json("metadata") { addMetadata(metadata) }
        if let errorType = attributes.string("error.type") { markError(errorType) }
    }
}
