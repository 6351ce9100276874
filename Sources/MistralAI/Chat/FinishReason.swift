/// Why the model stopped.
public enum FinishReason: MistralOpenEnum {
    /// A natural end or a stop sequence.
    case stop
    /// `max_tokens` was reached.
    case length
    /// The model's context length was reached.
    case modelLength
    /// An error happened during generation.
    case error
    /// The model called tools.
    case toolCalls
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [FinishReason] = [.stop, .length, .modelLength, .error, .toolCalls]

    public var rawValue: String {
        switch self {
        case .stop: "stop"
        case .length: "length"
        case .modelLength: "model_length"
        case .error: "error"
        case .toolCalls: "tool_calls"
        case .unknown(let value): value
        }
    }
}
