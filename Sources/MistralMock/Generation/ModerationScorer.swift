import OrderedJSON

/// Deterministic moderation scores.
///
/// Each category has a small lexicon; every word or phrase of the text found in it raises the category's
/// score (`1 - (1 - base) * 0.35^hits`, so one hit gives about 0.65), and a category is flagged above 0.5.
/// Without hits the score is a small value derived from the text.
enum ModerationScorer {
    /// The categories of `mistral-moderation-2411`.
    static let categories2411 = [
        "sexual", "hate_and_discrimination", "violence_and_threats", "dangerous_and_criminal_content", "selfharm",
        "health", "financial", "law", "pii",
    ]

    /// The categories of `mistral-moderation-2603` (dangerous and criminal split, jailbreaking added).
    static let categories2603 = [
        "sexual", "hate_and_discrimination", "violence_and_threats", "dangerous", "criminal", "selfharm", "health",
        "financial", "law", "pii", "jailbreaking",
    ]

    /// The flag threshold.
    static let threshold = 0.5

    private static let lexicon: [String: [String]] = [
        "sexual": ["sex", "sexual", "porn", "nude", "naked", "erotic"],
        "hate_and_discrimination": ["hate", "racist", "racism", "inferior", "bigot", "slur", "subhuman"],
        "violence_and_threats": [
            "kill", "murder", "attack", "hurt", "shoot", "stab", "bomb", "threat", "threaten", "violence", "violent",
            "beat", "gun", "weapon",
        ],
        "dangerous": ["bomb", "explosive", "poison", "weapon", "meth", "overdose", "bioweapon"],
        "criminal": ["steal", "robbery", "rob", "fraud", "hack", "launder", "smuggle", "illegal", "counterfeit"],
        "selfharm": ["suicide", "self-harm", "kill myself", "hurt myself", "cut myself", "end my life"],
        "health": ["doctor", "medicine", "symptom", "symptoms", "diagnosis", "disease", "medication", "health"],
        "financial": [
            "invest", "investment", "stock", "stocks", "loan", "bank", "crypto", "tax", "finance", "financial",
        ],
        "law": ["lawyer", "legal", "lawsuit", "court", "sue", "contract", "law", "attorney"],
        "pii": ["ssn", "passport", "credit card", "social security", "home address", "phone number"],
        "jailbreaking": [
            "ignore previous instructions", "ignore all previous", "jailbreak", "no restrictions",
            "pretend you are", "developer mode",
        ],
    ]

    /// The `{"categories","category_scores"}` result for `text` under `categories`.
    static func result(for text: String, categories: [String]) -> JSONValue {
        let scores = self.scores(for: text, categories: categories)
        return [
            "categories": .object(JSONObject(scores.map { ($0.0, .bool($0.1 > threshold)) })),
            "category_scores": .object(JSONObject(scores.map { ($0.0, .double($0.1)) })),
        ]
    }

    /// Each category's score for `text`, in the order of `categories`.
    static func scores(for text: String, categories: [String]) -> [(String, Double)] {
        let lower = text.lowercased()
        let words = Set(PromptWords.words(in: lower))
        var random = DeterministicRandom(text: "moderation\u{1F}" + text)
        return categories.map { category in
            let terms = lexicon[category] ?? (lexicon["dangerous"] ?? []) + (lexicon["criminal"] ?? [])
            var hits = terms.filter { term in term.contains(" ") ? lower.contains(term) : words.contains(term) }.count
            if category == "pii" { hits += piiHits(lower) }
            let base = 0.0001 + random.nextUnit() * 0.01
            var score = 1 - (1 - base) * pow035(hits)
            score = (score * 1_000_000).rounded() / 1_000_000
            return (category, score)
        }
    }

    private static func piiHits(_ text: String) -> Int {
        var hits = 0
        let words = text.split(whereSeparator: \.isWhitespace)
        if words.contains(where: { $0.contains("@") && $0.contains(".") }) { hits += 1 }
        var digits = 0
        var longest = 0
        for character in text {
            if character.isNumber {
                digits += 1
                longest = max(longest, digits)
            } else if character != "-" && character != " " {
                digits = 0
            }
        }
        if longest >= 9 { hits += 1 }
        return hits
    }

    private static func pow035(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 0.35 }
    }
}
