/// Rebuilds the complete response from the chunks of a completion stream.
///
/// ```swift
/// var accumulator = ChatCompletionAccumulator()
/// for try await chunk in stream {
///     accumulator.add(chunk)
///     print(chunk.textDelta, terminator: "")
/// }
/// let response = accumulator.response   // text, tool calls, finish reason and usage
/// ```
public struct ChatCompletionAccumulator: Sendable {
    private var id = ""
    private var object: String?
    private var model = ""
    private var created: Int?
    private var usage: UsageInfo?
    private var choices: [Int: ChoiceState] = [:]
    /// How many chunks were added.
    public private(set) var chunkCount = 0

    private struct ChoiceState: Sendable {
        var chunks: [ContentChunk] = []
        var sawChunkArray = false
        var toolCalls: [ToolCall] = []
        var finishReason: FinishReason?
        var logprobs: [JSONValue] = []
    }

    public init() {}

    /// Adds the next chunk.
    public mutating func add(_ chunk: ChatCompletionChunk) {
        chunkCount += 1
        if id.isEmpty { id = chunk.id }
        if model.isEmpty { model = chunk.model }
        object = object ?? chunk.object
        created = created ?? chunk.created
        if let chunkUsage = chunk.usage { usage = chunkUsage }
        for choice in chunk.choices {
            // Updated in place: a copy taken out of the dictionary would copy its arrays and strings per chunk.
            Self.add(choice, to: &choices[choice.index, default: ChoiceState()])
        }
    }

    private static func add(_ choice: ChatCompletionStreamChoice, to state: inout ChoiceState) {
        switch choice.delta.content {
        case .text(let text)?:
            append(.text(text), to: &state.chunks)
        case .chunks(let parts)?:
            state.sawChunkArray = true
            for part in parts { append(part, to: &state.chunks) }
        case nil:
            break
        }
        for call in choice.delta.toolCalls ?? [] {
            merge(call, into: &state.toolCalls)
        }
        if let reason = choice.finishReason { state.finishReason = reason }
        if let logprobs = choice.logprobs { state.logprobs.append(logprobs) }
    }

    /// The response the chunks add up to.
    public var response: ChatCompletionResponse {
        let built = choices.keys.sorted().compactMap { index -> ChatCompletionChoice? in
            guard let state = choices[index] else { return nil }
            let content: MessageContent?
            if state.sawChunkArray {
                content = .chunks(state.chunks)
            } else {
                content = .text(state.chunks.compactMap(\.text).joined())
            }
            let message = AssistantMessage(content: content, toolCalls: state.toolCalls.isEmpty ? nil : state.toolCalls)
            return ChatCompletionChoice(
                index: index,
                message: message,
                finishReason: state.finishReason,
                logprobs: state.logprobs.isEmpty ? nil : .array(state.logprobs)
            )
        }
        return ChatCompletionResponse(
            id: id,
            object: "chat.completion",
            model: model,
            created: created,
            usage: usage,
            choices: built
        )
    }

    private static func append(_ part: ContentChunk, to chunks: inout [ContentChunk]) {
        switch (chunks.last, part) {
        case (.text(var text)?, .text(let next)):
            // Release the slot's reference first, so that the text grows in place instead of being copied.
            chunks[chunks.count - 1] = .text("")
            text += next
            chunks[chunks.count - 1] = .text(text)
        case (.thinking(var previous)?, .thinking(let next)):
            for inner in next.thinking { append(inner, to: &previous.thinking) }
            previous.signature = next.signature ?? previous.signature
            previous.closed = next.closed ?? previous.closed
            chunks[chunks.count - 1] = .thinking(previous)
        case (_, .text(let text)) where text.isEmpty:
            break
        default:
            chunks.append(part)
        }
    }

    /// Tool calls usually arrive whole; a call without an id continues the previous one with its index.
    private static func merge(_ call: ToolCall, into calls: inout [ToolCall]) {
        if call.id.isEmpty, let position = calls.lastIndex(where: { $0.index == call.index }) {
            calls[position].function.arguments += call.function.arguments
            if calls[position].function.name.isEmpty { calls[position].function.name = call.function.name }
        } else {
            calls.append(call)
        }
    }
}
