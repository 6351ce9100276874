import MistralAI
import Tracing

/// Trace-level values set from anywhere inside a trace (Langfuse's `update_current_trace`).
///
/// They are written onto the trace's local root span when it ends (`windsock.trace.name`, `windsock.user.id`,
/// `windsock.session.id`, `windsock.tags`, `windsock.metadata`, `windsock.trace.input`/`output`, which also fill
/// the root's own input and output when it has none); the user and session also go onto every span of the trace
/// that ends after the update.
public struct TraceUpdate: Sendable {
    /// A name for the whole trace.
    public var name: String?
    /// The end user.
    public var userID: String?
    /// The session.
    public var sessionID: String?
    /// Tags, added to those set before.
    public var tags: [String]
    /// Metadata, merged into what was set before.
    public var metadata: [String: JSONValue]
    /// The trace's input.
    public var input: JSONValue?
    /// The trace's output.
    public var output: JSONValue?

    /// Creates an update; `nil` leaves a value as it was.
    public init(
        name: String? = nil, userID: String? = nil, sessionID: String? = nil, tags: [String] = [],
        metadata: [String: JSONValue] = [:], input: JSONValue? = nil, output: JSONValue? = nil
    ) {
        self.name = name
        self.userID = userID
        self.sessionID = sessionID
        self.tags = tags
        self.metadata = metadata
        self.input = input
        self.output = output
    }

    /// Applies this update to attributes holding earlier ones.
    func apply(to attributes: inout SpanAttributes) {
        if let name { attributes.set(WindsockAttributes.traceName, value: .string(name)) }
        if let userID { attributes.set(WindsockAttributes.userID, value: .string(userID)) }
        if let sessionID { attributes.set(WindsockAttributes.sessionID, value: .string(sessionID)) }
        if !tags.isEmpty {
            var merged: [String] = []
            if case .stringArray(let existing) = attributes.get(WindsockAttributes.traceTags) { merged = existing }
            for tag in tags where !merged.contains(tag) { merged.append(tag) }
            attributes.set(WindsockAttributes.traceTags, value: .stringArray(merged))
        }
        if !metadata.isEmpty {
            var merged: [String: JSONValue] = [:]
            if let existing = attributes.string(WindsockAttributes.metadata),
                let object = (try? JSONValue(parsing: existing))?.objectValue
            {
                merged = object
            }
            merged.merge(metadata) { _, new in new }
            attributes.set(WindsockAttributes.metadata, value: .string(JSONValue.object(merged).jsonString))
        }
        if let input { attributes.set(WindsockAttributes.traceInput, value: .string(input.jsonString)) }
        if let output { attributes.set(WindsockAttributes.traceOutput, value: .string(output.jsonString)) }
    }
}
