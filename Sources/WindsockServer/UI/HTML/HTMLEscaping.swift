/// Escaping of text and attribute values for HTML.
enum HTMLEscaping {
    /// Appends `value` as element content: `&`, `<`, `>` escaped (quotes too, so text is also safe in attributes).
    static func appendText(_ value: String, to output: inout String) {
        appendAttribute(value, to: &output)
    }

    /// Appends `value` as a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` escaped; NUL dropped.
    static func appendAttribute(_ value: String, to output: inout String) {
        guard value.utf8.contains(where: needsEscape) else {
            output += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\u{0}": continue
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// `value` escaped as text.
    static func escape(_ value: String) -> String {
        var output = ""
        appendText(value, to: &output)
        return output
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0: true
        default: false
        }
    }
}
