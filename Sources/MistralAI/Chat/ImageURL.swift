/// The image of an `image_url` chunk.
///
/// On the wire it is a plain string, or `{"url","detail"}` when a detail level is set.
public struct ImageURL: Codable, Sendable, Hashable {
    /// An `https:` URL or a `data:image/…;base64,…` URI.
    public var url: String
    /// The resolution the model looks at.
    public var detail: Detail?

    /// The resolution at which the model looks at an image.
    public enum Detail: MistralOpenEnum {
        case low
        case auto
        case high
        /// A value this version of the library does not know, as sent.
        case unknown(String)

        public static let knownCases: [Detail] = [.low, .auto, .high]

        public var rawValue: String {
            switch self {
            case .low: "low"
            case .auto: "auto"
            case .high: "high"
            case .unknown(let value): value
            }
        }
    }

    public init(url: String, detail: Detail? = nil) {
        self.url = url
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case url, detail
    }

    public init(from decoder: any Decoder) throws {
        if let url = try? decoder.singleValueContainer().decode(String.self) {
            self.init(url: url)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            url: try container.decode(String.self, forKey: .url),
            detail: try container.decodeIfPresent(Detail.self, forKey: .detail)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        guard let detail else {
            var container = encoder.singleValueContainer()
            try container.encode(url)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(detail, forKey: .detail)
    }
}
