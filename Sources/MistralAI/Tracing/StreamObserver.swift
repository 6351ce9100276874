import Tracing

/// Watches a traced stream: assembles the output from the deltas (tool calls included), takes usage from the
/// last chunk, notes the time to first token, and ends the span however the stream ends.
final class StreamObserver: Sendable {
    private struct State {
        var chat = ChatCompletionAccumulator()
        var sawChatChunk = false
        var elements = 0
        var firstTokenNanoseconds: UInt64?
        var conversationText = ""
        var conversationID: String?
        var conversationModel: String?
        var conversationUsage: UsageInfo?
        var conversationCalls: [ConversationGenAIMessages.StreamedFunctionCall] = []
        var toolSpans: [String: any Span] = [:]
    }

    private let span: any Span
    private let startNanoseconds: UInt64
    private let captureContent: Bool
    private let state = LockedValue(State())

    init(span: any Span, startNanoseconds: UInt64, captureContent: Bool) {
        self.span = span
        self.startNanoseconds = startNanoseconds
        self.captureContent = captureContent
    }

    func element(_ element: some Sendable) {
        state.withLock { state in
            state.elements += 1
            switch element {
            case let chunk as ChatCompletionChunk:
                state.sawChatChunk = true
                state.chat.add(chunk)
                if state.firstTokenNanoseconds == nil,
                    chunk.choices.contains(where: { $0.delta.content != nil || $0.delta.toolCalls != nil })
                {
                    state.firstTokenNanoseconds = DefaultTracerClock.now.nanosecondsSinceEpoch
                }
            case let event as ConversationEvent:
                observe(event, state: &state)
            default:
                if state.firstTokenNanoseconds == nil {
                    state.firstTokenNanoseconds = DefaultTracerClock.now.nanosecondsSinceEpoch
                }
            }
        }
    }

    private func observe(_ event: ConversationEvent, state: inout State) {
        switch event {
        case .responseStarted(let started):
            state.conversationID = started.conversationID
        case .messageOutputDelta(let delta):
            if state.firstTokenNanoseconds == nil {
                state.firstTokenNanoseconds = DefaultTracerClock.now.nanosecondsSinceEpoch
            }
            state.conversationText += delta.content.text
            state.conversationModel = state.conversationModel ?? delta.model
        case .functionCallDelta(let delta):
            if state.firstTokenNanoseconds == nil {
                state.firstTokenNanoseconds = DefaultTracerClock.now.nanosecondsSinceEpoch
            }
            state.conversationCalls.append(
                ConversationGenAIMessages.StreamedFunctionCall(
                    id: delta.toolCallID, name: delta.name, arguments: delta.arguments))
        case .toolExecutionStarted(let execution):
            state.toolSpans[execution.id] = ToolExecutionSpans.start(
                execution, under: span.context, captureContent: captureContent)
        case .toolExecutionDone(let execution):
            if let toolSpan = state.toolSpans.removeValue(forKey: execution.id) {
                ToolExecutionSpans.finish(toolSpan, with: execution, captureContent: captureContent)
            }
        case .responseDone(let done):
            state.conversationUsage = done.usage
        default:
            break
        }
    }

    func terminated(_ termination: MistralStreamTermination) {
        let state = self.state.withLock { state in
            defer { state.toolSpans = [:] }
            return state
        }
        for toolSpan in state.toolSpans.values { toolSpan.end() }
        var attributes = SpanAttributes()
        attributes.set(WindsockAttributes.streamChunks, value: .int64(Int64(state.elements)))
        attributes.set(WindsockAttributes.streamTermination, value: .string(Self.name(termination)))
        if let first = state.firstTokenNanoseconds {
            let milliseconds = Double(first &- startNanoseconds) / 1_000_000
            attributes.set(WindsockAttributes.timeToFirstTokenMs, value: .double(milliseconds))
        }
        if let conversationID = state.conversationID {
            attributes.set(GenAIAttributes.conversationID, value: .string(conversationID))
        }
        if let model = state.conversationModel { attributes.set(GenAIAttributes.responseModel, value: .string(model)) }
        if let usage = state.conversationUsage {
            attributes.set(GenAIAttributes.usageInputTokens, value: .int64(Int64(usage.promptTokens)))
            attributes.set(GenAIAttributes.usageOutputTokens, value: .int64(Int64(usage.completionTokens)))
        }
        if captureContent,
            state.conversationID != nil || !state.conversationText.isEmpty || !state.conversationCalls.isEmpty
        {
            let output = ConversationGenAIMessages.streamedOutput(
                text: state.conversationText, calls: state.conversationCalls)
            attributes.set(GenAIAttributes.outputMessages, value: .string(output))
        }
        span.merge(attributes)
        if state.sawChatChunk {
            ResponseAttributes.record(state.chat.response, on: span, captureContent: captureContent)
        }
        if case .failed(let error) = termination {
            ErrorAttributes.record(error, on: span)
        }
        span.end()
    }

    private static func name(_ termination: MistralStreamTermination) -> String {
        switch termination {
        case .finished: "finished"
        case .failed: "failed"
        case .cancelled: "cancelled"
        case .abandoned: "abandoned"
        }
    }
}
