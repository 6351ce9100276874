import Foundation

/// The two encodings of an OTLP/HTTP body.
public enum OTLPContentType: String, Sendable, Hashable {
    /// `application/x-protobuf`: the binary protobuf encoding.
    case protobuf = "application/x-protobuf"
    /// `application/json`: the protobuf JSON mapping, with OTLP's rules (hex ids, integer enums).
    case json = "application/json"

    /// The type of a `Content-Type` header value (parameters such as `charset` ignored, case-insensitive);
    /// `nil` for any other type.
    public init?(headerValue: String) {
        let mediaType = headerValue.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        switch mediaType {
        case "application/x-protobuf", "application/protobuf": self = .protobuf
        case "application/json": self = .json
        default: return nil
        }
    }
}
