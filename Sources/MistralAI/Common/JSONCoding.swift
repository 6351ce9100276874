import Foundation

/// The JSON encoder and decoder settings shared by the client.
///
/// Every type declares its snake_case wire names in `CodingKeys`, so no key strategy is used. Keys are
/// sorted so that request bodies are deterministic (useful for tests, caching and tracing).
enum JSONCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder {
        JSONDecoder()
    }
}
