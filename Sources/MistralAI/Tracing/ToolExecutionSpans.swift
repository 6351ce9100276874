import Foundation
import Tracing

/// Child spans for the tool executions the Conversations API reports (`execute_tool {name}`).
enum ToolExecutionSpans {
    /// One span per reported execution, timed by the entry's `created_at`/`completed_at` when they parse.
    static func record(_ entries: [ConversationEntry], under parent: InstrumentationContext, captureContent: Bool) {
        for case .toolExecution(let entry) in entries {
            let start = timestamp(entry.createdAt) ?? DefaultTracerClock.now
            let span = startSpan(
                "execute_tool \(entry.name)", context: parent, ofKind: .internal, at: start)
            set(
                on: span, name: entry.name, id: entry.id, arguments: entry.arguments, info: entry.info,
                captureContent: captureContent)
            span.end(at: max(start, timestamp(entry.completedAt) ?? start))
        }
    }

    static func start(
        _ event: ToolExecutionEvent, under parent: InstrumentationContext, captureContent: Bool
    ) -> any Span {
        let span = startSpan("execute_tool \(event.name)", context: parent, ofKind: .internal)
        set(
            on: span, name: event.name, id: event.id, arguments: event.arguments, info: nil,
            captureContent: captureContent)
        return span
    }

    static func finish(_ span: any Span, with event: ToolExecutionEvent, captureContent: Bool) {
        if captureContent, let info = event.info {
            span.attributes[GenAIAttributes.toolCallResult] = JSONTextWriter.text(value: info)
        }
        span.end()
    }

    private static func set(
        on span: any Span, name: String, id: String?, arguments: String?, info: JSONValue?, captureContent: Bool
    ) {
        guard span.isRecording else { return }
        span.updateAttributes { attributes in
            attributes.set(GenAIAttributes.providerName, value: .string(GenAIAttributes.mistralProvider))
            attributes.set(GenAIAttributes.operationName, value: .string("execute_tool"))
            attributes.set(WindsockAttributes.spanKind, value: .string("tool"))
            attributes.set(GenAIAttributes.toolName, value: .string(name))
            attributes.set(GenAIAttributes.toolType, value: .string("extension"))
            if let id { attributes.set(GenAIAttributes.toolCallID, value: .string(id)) }
            if captureContent, let arguments {
                attributes.set(GenAIAttributes.toolCallArguments, value: .string(arguments))
            }
            if captureContent, let info {
                attributes.set(GenAIAttributes.toolCallResult, value: .string(JSONTextWriter.text(value: info)))
            }
        }
    }

    private static func timestamp(_ text: String?) -> DefaultTracerClock.Timestamp? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let date = formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
        guard let date, date.timeIntervalSince1970 > 0 else { return nil }
        return DefaultTracerClock.Timestamp(nanosecondsSinceEpoch: UInt64(date.timeIntervalSince1970 * 1e9))
    }
}
