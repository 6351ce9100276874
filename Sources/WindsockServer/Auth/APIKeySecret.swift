import Crypto
import WindsockStore

/// The secret of an API key, `wsk_<scope>_<48 hex digits>`, and its stored form (a SHA-256 hash).
public struct APIKeySecret: Sendable, Hashable {
    /// The secret, shown once at creation and sent as `Authorization: Bearer <secret>`.
    public var text: String

    /// Wraps a secret as sent by a client.
    public init(_ text: String) {
        self.text = text
    }

    /// A new random secret for a key of `scope` (192 bits from the system's secure generator).
    public static func generate(scope: APIKeyRecord.Scope) -> APIKeySecret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<24).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return APIKeySecret("wsk_\(scope.rawValue)_" + hex(bytes))
    }

    /// Lowercase hex SHA-256 of the secret: what the key store keeps.
    public var hash: String {
        Self.hex(SHA256.hash(data: Array(text.utf8)))
    }

    /// The first characters, shown in listings to recognise the key: `wsk_<scope>_` and 4 hex digits.
    public var prefix: String {
        let underscores = text.indices.filter { text[$0] == "_" }
        guard underscores.count >= 2 else { return String(text.prefix(8)) }
        return String(text[..<underscores[1]]) + String(text[underscores[1]...].prefix(5))
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
