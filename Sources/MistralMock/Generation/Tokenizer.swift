/// The emulator's deterministic approximation of a BPE tokenizer (roughly 4 characters per token).
///
/// Rules, applied left to right over the text's characters:
/// 1. A *word* is an optional single leading space followed by a maximal run of letters and digits.
///    A word of at most 6 letters is one token; a longer word is cut into pieces of 4 letters (the leading
///    space stays with the first piece), so `" internationalization"` gives 5 tokens.
/// 2. Every other character (punctuation, symbols, newlines, further spaces) is one token.
///
/// Concatenating the tokens gives back the text exactly, so streamed deltas always add up to the
/// non-streamed answer. Prompt token counts use ``promptTokens(messageTexts:toolsJSON:)``.
enum Tokenizer {
    /// The longest word that stays a single token.
    static let wholeWordLimit = 6
    /// The piece size longer words are cut into.
    static let pieceSize = 4
    /// Tokens added per message for its role markers.
    static let perMessageOverhead = 3

    /// The tokens of `text`, in order.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let start = index
            var letters = index
            if characters[index] == " ", index + 1 < characters.count, isWordCharacter(characters[index + 1]) {
                letters = index + 1
            }
            var end = letters
            while end < characters.count, isWordCharacter(characters[end]) {
                end += 1
            }
            if end == letters {
                tokens.append(String(characters[index]))
                index += 1
                continue
            }
            let length = end - letters
            if length <= wholeWordLimit {
                tokens.append(String(characters[start..<end]))
            } else {
                var pieceStart = start
                var pieceEnd = letters + pieceSize
                while pieceStart < end {
                    tokens.append(String(characters[pieceStart..<min(pieceEnd, end)]))
                    pieceStart = pieceEnd
                    pieceEnd += pieceSize
                }
            }
            index = end
        }
        return tokens
    }

    /// The number of tokens in `text`.
    static func count(_ text: String) -> Int {
        tokens(text).count
    }

    /// The prompt token count of a request: one begin-of-sequence token, each message's text plus
    /// ``perMessageOverhead``, and the serialised tool definitions when there are any.
    static func promptTokens(messageTexts: [String], toolsJSON: String? = nil) -> Int {
        let messages = messageTexts.reduce(0) { $0 + perMessageOverhead + count($1) }
        let tools = toolsJSON.map(count) ?? 0
        return 1 + messages + tools
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
