import Foundation
import NIOCore

/// The readable message of an OTLP/HTTP error answer, for the export-failure log.
///
/// OTLP/HTTP servers answer errors with a `google.rpc.Status` in the request's encoding: protobuf (field 1 the
/// code, field 2 the message) or JSON (`{"code", "message"}`). Some proxies answer plain text or HTML. Only text
/// is ever returned: control characters become spaces, and the result is at most ``maximumLength`` characters.
enum OTLPErrorBody {
    /// The longest message returned.
    static let maximumLength = 300

    /// The message of `body`, an answer with `contentType`; a short description when it holds no readable text.
    static func message(_ body: ByteBuffer, contentType: String?) -> String {
        let bytes = Array(body.readableBytesView)
        guard !bytes.isEmpty else { return "(no body)" }
        let type = contentType?.lowercased() ?? ""
        if type.contains("protobuf") || (!type.contains("json") && !type.hasPrefix("text/") && !isText(bytes)) {
            if let message = statusMessage(protobuf: bytes) { return readable(message) }
            return "(\(bytes.count) bytes of binary data)"
        }
        if type.contains("json") || bytes.first == UInt8(ascii: "{"), let message = statusMessage(json: bytes) {
            return readable(message)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return "(\(bytes.count) bytes of binary data)"
        }
        return readable(text)
    }

    /// Field 2 (`message`) of a `google.rpc.Status` protobuf, when the bytes are one and it is UTF-8.
    static func statusMessage(protobuf bytes: [UInt8]) -> String? {
        var index = 0
        var message: String?
        while index < bytes.count {
            guard let key = varint(bytes, at: &index) else { return nil }
            let field = key >> 3
            switch key & 0x7 {
            case 0:
                guard varint(bytes, at: &index) != nil else { return nil }
            case 1:
                index += 8
            case 5:
                index += 4
            case 2:
                guard let length = varint(bytes, at: &index), length <= UInt64(bytes.count - index) else {
                    return nil
                }
                let end = index + Int(length)
                if field == 2 {
                    guard let text = String(validating: bytes[index..<end], as: UTF8.self) else { return nil }
                    message = text
                }
                index = end
            default:
                return nil
            }
            guard index <= bytes.count else { return nil }
        }
        return message
    }

    /// `message` (or `error.message`) of a JSON answer.
    static func statusMessage(json bytes: [UInt8]) -> String? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            return nil
        }
        if let message = object["message"] as? String { return message }
        if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
        return nil
    }

    /// `text` on one line, without control characters, capped at ``maximumLength`` characters.
    static func readable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let isControl = scalar.properties.generalCategory == .control || scalar == "\u{FFFD}"
            result.unicodeScalars.append(isControl ? " " : scalar)
        }
        let trimmed = result.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > maximumLength else { return trimmed.isEmpty ? "(no message)" : trimmed }
        return String(trimmed.prefix(maximumLength)) + "…"
    }

    /// Whether `bytes` are UTF-8 text without control characters other than whitespace.
    private static func isText(_ bytes: [UInt8]) -> Bool {
        guard let text = String(validating: bytes, as: UTF8.self) else { return false }
        return !text.unicodeScalars.contains {
            $0.properties.generalCategory == .control && !["\n", "\r", "\t"].contains($0)
        }
    }

    private static func varint(_ bytes: [UInt8], at index: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count, shift < 64 {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }
}
