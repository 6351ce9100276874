/// A string enumeration of the API that stays decodable when Mistral adds values.
///
/// Every conforming enum has a `case unknown(String)`: a value this version of the library does not know
/// decodes to it instead of failing, and encodes back unchanged.
public protocol MistralOpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// The values this library knows.
    static var knownCases: [Self] { get }
    /// A value this library does not know.
    static func unknown(_ rawValue: String) -> Self
}

extension MistralOpenEnum {
    /// Creates the known case with this wire value, or `.unknown(rawValue)`.
    public init(rawValue: String) {
        self = Self.resolve(rawValue)
    }

    /// The known case with this wire value, or `.unknown(rawValue)`.
    static func resolve(_ rawValue: String) -> Self {
        knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = Self.resolve(try container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}
