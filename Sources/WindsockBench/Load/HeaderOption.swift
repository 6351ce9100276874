import ArgumentParser
import Foundation

/// An extra HTTP header given on the command line as `NAME:VALUE` (e.g. `--header x-mlflow-experiment-id:0`).
struct HeaderOption: ExpressibleByArgument, Equatable {
    /// The header's name, trimmed.
    var name: String
    /// The header's value, trimmed (it may itself contain colons).
    var value: String

    /// Parses `NAME:VALUE`; `nil` when there is no colon or the name is empty or not an HTTP token.
    init?(argument: String) {
        guard let colon = argument.firstIndex(of: ":") else { return nil }
        let name = argument[..<colon].trimmingCharacters(in: .whitespaces)
        let value = argument[argument.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(Self.isTokenCharacter) else { return nil }
        self.name = name
        self.value = value
    }

    static var defaultCompletionKind: CompletionKind { .default }

    /// RFC 9110's `tchar`.
    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        case "!", "#", "$", "%", "&", "'", "*", "+", "-", ".", "^", "_", "`", "|", "~": true
        default: false
        }
    }
}
