/// A request to `POST /v1/classifications`: texts to classify with a fine-tuned classifier.
public struct ClassificationRequest: Codable, Sendable, Hashable {
    /// The classifier model id.
    public var model: String
    /// The texts.
    public var input: [String]
    /// Free-form metadata stored with the request.
    public var metadata: [String: JSONValue]?

    public init(model: String, input: [String], metadata: [String: JSONValue]? = nil) {
        self.model = model
        self.input = input
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case model, input, metadata
    }
}

/// A request to `POST /v1/chat/classifications`: conversations to classify.
public struct ChatClassificationRequest: Codable, Sendable, Hashable {
    /// The classifier model id.
    public var model: String
    /// The conversations.
    public var input: [Conversation]

    /// One conversation to classify: `{"messages":[…]}`.
    public struct Conversation: Codable, Sendable, Hashable {
        /// The messages.
        public var messages: [ChatMessage]

        public init(messages: [ChatMessage]) {
            self.messages = messages
        }
    }

    public init(model: String, input: [Conversation]) {
        self.model = model
        self.input = input
    }

    /// Classifies one conversation.
    public init(model: String, messages: [ChatMessage]) {
        self.init(model: model, input: [Conversation(messages: messages)])
    }

    enum CodingKeys: String, CodingKey {
        case model, input
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        if let single = try? container.decode(Conversation.self, forKey: .input) {
            input = [single]
        } else {
            input = try container.decode([Conversation].self, forKey: .input)
        }
    }
}
