import OrderedJSON

/// What a model can do: the `capabilities` object of a model card.
struct ModelCapabilities: OptionSet, Sendable, Hashable {
    let rawValue: Int

    static let completionChat = ModelCapabilities(rawValue: 1 << 0)
    static let functionCalling = ModelCapabilities(rawValue: 1 << 1)
    static let reasoning = ModelCapabilities(rawValue: 1 << 2)
    static let completionFIM = ModelCapabilities(rawValue: 1 << 3)
    static let fineTuning = ModelCapabilities(rawValue: 1 << 4)
    static let vision = ModelCapabilities(rawValue: 1 << 5)
    static let ocr = ModelCapabilities(rawValue: 1 << 6)
    static let classification = ModelCapabilities(rawValue: 1 << 7)
    static let moderation = ModelCapabilities(rawValue: 1 << 8)
    static let audio = ModelCapabilities(rawValue: 1 << 9)
    static let audioTranscription = ModelCapabilities(rawValue: 1 << 10)
    static let audioSpeech = ModelCapabilities(rawValue: 1 << 11)
    /// Not a card flag: the model answers `/v1/embeddings`.
    static let embedding = ModelCapabilities(rawValue: 1 << 12)

    /// A chat model with tools.
    static let chatWithTools: ModelCapabilities = [.completionChat, .functionCalling]

    /// The card's `capabilities` object, with every flag the spec lists.
    var json: JSONValue {
        .object(
            JSONObject([
                ("completion_chat", .bool(contains(.completionChat))),
                ("function_calling", .bool(contains(.functionCalling))),
                ("reasoning", .bool(contains(.reasoning))),
                ("completion_fim", .bool(contains(.completionFIM))),
                ("fine_tuning", .bool(contains(.fineTuning))),
                ("vision", .bool(contains(.vision))),
                ("ocr", .bool(contains(.ocr))),
                ("classification", .bool(contains(.classification))),
                ("moderation", .bool(contains(.moderation))),
                ("audio", .bool(contains(.audio))),
                ("audio_transcription", .bool(contains(.audioTranscription))),
                ("audio_transcription_realtime", false),
                ("audio_speech", .bool(contains(.audioSpeech))),
                ("unified_resources", false),
            ])
        )
    }
}
