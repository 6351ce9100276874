/// One part of a message's content: text, an image, a document, reasoning, …
///
/// Chunks are discriminated by `type` on the wire. A chunk type this library does not know decodes to
/// ``unknown(_:)`` and encodes back unchanged.
public enum ContentChunk: Sendable, Hashable {
    /// `{"type":"text","text":…}`.
    case text(String)
    /// `{"type":"image_url","image_url":…}`: an `https:` URL or a `data:` URI.
    case imageURL(ImageURL)
    /// `{"type":"document_url","document_url":…,"document_name":…}`.
    case documentURL(DocumentURL)
    /// `{"type":"file","file_id":…}`: an uploaded file.
    case file(fileID: String)
    /// `{"type":"input_audio","input_audio":…}`: base64 audio or a URL.
    case inputAudio(String)
    /// `{"type":"reference","reference_ids":[…]}`: ids of references used (numbers or strings).
    case reference(ids: [JSONValue])
    /// `{"type":"thinking","thinking":[…]}`: the model's reasoning.
    case thinking(ThinkingChunk)
    /// `{"type":"tool_reference",…}`: a source found by a built-in tool (conversations).
    case toolReference(ToolReference)
    /// `{"type":"tool_file",…}`: a file produced by a built-in tool (conversations).
    case toolFile(ToolFile)
    /// A chunk type this library does not know, as sent.
    case unknown(JSONValue)

    /// An image chunk for a URL or `data:` URI.
    public static func imageURL(_ url: String, detail: ImageURL.Detail? = nil) -> ContentChunk {
        .imageURL(ImageURL(url: url, detail: detail))
    }

    /// A document chunk for a URL.
    public static func documentURL(_ url: String, name: String? = nil) -> ContentChunk {
        .documentURL(DocumentURL(url: url, name: name))
    }

    /// The text of a `text` chunk, otherwise `nil`.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The wire `type` of this chunk.
    public var type: String {
        switch self {
        case .text: "text"
        case .imageURL: "image_url"
        case .documentURL: "document_url"
        case .file: "file"
        case .inputAudio: "input_audio"
        case .reference: "reference"
        case .thinking: "thinking"
        case .toolReference: "tool_reference"
        case .toolFile: "tool_file"
        case .unknown(let json): json["type"]?.stringValue ?? "unknown"
        }
    }
}

extension ContentChunk: Codable {
    enum CodingKeys: String, CodingKey {
        case type, text
        case imageURL = "image_url"
        case documentURL = "document_url"
        case documentName = "document_name"
        case fileID = "file_id"
        case inputAudio = "input_audio"
        case referenceIDs = "reference_ids"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decodeIfPresent(String.self, forKey: .type)
        switch type {
        case "text":
            self = .text(try container.decode(String.self, forKey: .text))
        case "image_url":
            self = .imageURL(try container.decode(ImageURL.self, forKey: .imageURL))
        case "document_url":
            self = .documentURL(
                DocumentURL(
                    url: try container.decode(String.self, forKey: .documentURL),
                    name: try container.decodeIfPresent(String.self, forKey: .documentName)
                )
            )
        case "file":
            self = .file(fileID: try container.decode(String.self, forKey: .fileID))
        case "input_audio":
            self = .inputAudio(try container.decode(String.self, forKey: .inputAudio))
        case "reference":
            self = .reference(ids: try container.decode([JSONValue].self, forKey: .referenceIDs))
        case "thinking":
            self = .thinking(try ThinkingChunk(from: decoder))
        case "tool_reference":
            self = .toolReference(try ToolReference(from: decoder))
        case "tool_file":
            self = .toolFile(try ToolFile(from: decoder))
        default:
            self = .unknown(try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if case .unknown(let json) = self {
            try json.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .text(let text):
            try container.encode(text, forKey: .text)
        case .imageURL(let image):
            try container.encode(image, forKey: .imageURL)
        case .documentURL(let document):
            try container.encode(document.url, forKey: .documentURL)
            try container.encodeIfPresent(document.name, forKey: .documentName)
        case .file(let fileID):
            try container.encode(fileID, forKey: .fileID)
        case .inputAudio(let audio):
            try container.encode(audio, forKey: .inputAudio)
        case .reference(let ids):
            try container.encode(ids, forKey: .referenceIDs)
        case .thinking(let thinking):
            try thinking.encode(to: encoder)
        case .toolReference(let reference):
            try reference.encode(to: encoder)
        case .toolFile(let file):
            try file.encode(to: encoder)
        case .unknown:
            break
        }
    }
}
