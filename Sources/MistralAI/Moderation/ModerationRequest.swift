/// A request to `POST /v1/moderations`: texts to moderate.
public struct ModerationRequest: Codable, Sendable, Hashable {
    /// The model id, e.g. `mistral-moderation-latest`.
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        if let single = try? container.decode(String.self, forKey: .input) {
            input = [single]
        } else {
            input = try container.decode([String].self, forKey: .input)
        }
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
    }
}

/// A request to `POST /v1/chat/moderations`: conversations to moderate.
public struct ChatModerationRequest: Codable, Sendable, Hashable {
    /// The model id, e.g. `mistral-moderation-latest`.
    public var model: String
    /// The conversations, each a list of messages (one result per conversation).
    public var input: [[ChatMessage]]

    public init(model: String, input: [[ChatMessage]]) {
        self.model = model
        self.input = input
    }

    enum CodingKeys: String, CodingKey {
        case model, input
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        if let single = try? container.decode([ChatMessage].self, forKey: .input) {
            input = [single]
        } else {
            input = try container.decode([[ChatMessage]].self, forKey: .input)
        }
    }
}
