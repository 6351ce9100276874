/// The words of a prompt the emulator builds its answers from.
struct PromptWords: Sendable {
    /// Content words (no stop words), in order of appearance, without duplicates (case-insensitive).
    var keywords: [String]
    /// Capitalised words that look like names (`Paris`, `Mistral`), in order.
    var properNouns: [String]
    /// Numbers written in the prompt, in order.
    var numbers: [Double]

    /// The words of `text`.
    init(_ text: String) {
        var keywords: [String] = []
        var properNouns: [String] = []
        var seen: Set<String> = []
        var numbers: [Double] = []
        for (word, startsSentence) in Self.wordsWithPosition(in: text) {
            if let number = Double(word) {
                numbers.append(number)
                continue
            }
            let lower = word.lowercased()
            let normalised = String(lower.filter { $0 != "'" })
            guard !Self.stopWords.contains(normalised), !Self.stopWords.contains(lower) else { continue }
            if !startsSentence, let first = word.first, first.isUppercase, word.count > 1, !seen.contains(lower) {
                properNouns.append(word)
            }
            if word.count >= 3, !seen.contains(lower) {
                seen.insert(lower)
                keywords.append(word)
            }
        }
        self.keywords = keywords
        self.properNouns = properNouns
        self.numbers = numbers
    }

    /// The best phrase for a name-like string (a place, a person, a product): a proper noun if any,
    /// else the first keyword.
    var subject: String? {
        properNouns.first ?? keywords.first
    }

    /// Up to `limit` keywords joined as English (`a`, `a and b`, `a, b and c`).
    func topic(limit: Int = 3) -> String? {
        let picked = Array(keywords.prefix(limit))
        switch picked.count {
        case 0: return nil
        case 1: return picked[0]
        default: return picked.dropLast().joined(separator: ", ") + " and " + (picked.last ?? "")
        }
    }

    /// The words of `text`: runs of letters, digits, apostrophes, and inner dots or hyphens.
    static func words(in text: String) -> [String] {
        wordsWithPosition(in: text).map(\.word)
    }

    /// The words of `text`, each with whether it starts a sentence.
    static func wordsWithPosition(in text: String) -> [(word: String, startsSentence: Bool)] {
        var words: [(word: String, startsSentence: Bool)] = []
        var current = ""
        var atSentenceStart = true
        var currentStartsSentence = true
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character.isLetter || character.isNumber {
                if current.isEmpty { currentStartsSentence = atSentenceStart }
                current.append(character)
                atSentenceStart = false
            } else if character == "'" || character == "-" || character == "." || character == "’",
                !current.isEmpty, next.isLetter || next.isNumber
            {
                current.append(character == "’" ? "'" : character)
            } else {
                if !current.isEmpty {
                    words.append((current, currentStartsSentence))
                    current = ""
                }
                if character == "." || character == "!" || character == "?" || character == "\n" {
                    atSentenceStart = true
                }
            }
        }
        if !current.isEmpty { words.append((current, currentStartsSentence)) }
        return words
    }

    /// Common English words that carry no topic.
    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "answer", "any", "are", "as", "ask",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "brief", "briefly", "but",
        "by", "can", "could", "current", "currently", "describe", "detail", "details", "did", "do", "does", "doing",
        "done", "down", "during", "each", "explain", "few", "find", "for", "from", "further", "get", "give",
        "going", "had", "has", "have", "having", "he", "hello", "help", "her", "here", "hers", "him", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "it's", "just", "know", "let", "like", "list", "look", "make",
        "many", "may", "me", "might", "more", "most", "much", "must", "my", "need", "no", "nor", "not", "now", "of",
        "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "please", "question",
        "reply", "respond", "right", "same", "say", "sentence", "sentences", "she", "short", "should", "show",
        "so", "some", "such", "summarize", "summarise", "tell", "than", "thank", "thanks", "that", "that's", "the",
        "their", "theirs", "them", "then", "there", "these", "they", "thing", "things", "this", "those", "through",
        "to", "today", "too", "under", "until", "up", "us", "use", "using", "very", "want", "was", "we", "well",
        "were", "what", "what's", "whats", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "word", "words", "would", "write", "you", "your", "yours", "yes", "hi", "hey", "ok", "okay", "return",
        "returns", "given", "specified", "information", "data", "value", "values", "set", "fetch", "retrieve",
        "create", "update", "delete", "search", "lookup",
    ]
}
