/// How much the model reasons before answering (reasoning models).
///
/// ``disabled`` is `"none"` on the wire (named so it cannot be confused with `Optional.none`).
public enum ReasoningEffort: MistralOpenEnum {
    case disabled
    case minimal
    case low
    case medium
    case high
    case xhigh
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [ReasoningEffort] = [.disabled, .minimal, .low, .medium, .high, .xhigh]

    public var rawValue: String {
        switch self {
        case .disabled: "none"
        case .minimal: "minimal"
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .xhigh: "xhigh"
        case .unknown(let value): value
        }
    }
}

/// The system prompt mode of legacy reasoning models (`prompt_mode`).
public enum PromptMode: MistralOpenEnum {
    /// The reasoning system prompt.
    case reasoning
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [PromptMode] = [.reasoning]

    public var rawValue: String {
        switch self {
        case .reasoning: "reasoning"
        case .unknown(let value): value
        }
    }
}

/// Which capacity serves the request (`service_tier`).
public enum ServiceTier: MistralOpenEnum {
    case auto
    case standardOnly
    /// A value this version of the library does not know, as sent.
    case unknown(String)

    public static let knownCases: [ServiceTier] = [.auto, .standardOnly]

    public var rawValue: String {
        switch self {
        case .auto: "auto"
        case .standardOnly: "standard_only"
        case .unknown(let value): value
        }
    }
}
