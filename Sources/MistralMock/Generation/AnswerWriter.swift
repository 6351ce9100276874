import OrderedJSON

/// Writes the emulator's short, plausible text answers, derived deterministically from the conversation.
///
/// - A user message of the form `Say X`, `Reply with X`, `Respond with X` or `Repeat X` is answered
///   with `X` (quotes removed), which makes exact assertions easy in tests.
/// - A greeting gets a greeting.
/// - After tool results, the answer reports what the tools returned.
/// - Otherwise the answer is two to four sentences built from the question's keywords, picked by a
///   generator seeded with the request.
enum AnswerWriter {
    /// The answer to `messages`, whose last message is a user or tool message (or a prefix assistant one).
    static func answer(to messages: [ChatMessage], random: inout DeterministicRandom) -> String {
        var conversation = messages
        var prefix = ""
        if let last = conversation.last, last.role == .assistant, last.prefix {
            prefix = last.text
            conversation.removeLast()
        }
        let question = conversation.last { $0.role == .user }?.text ?? ""
        let body: String
        if let last = conversation.last, last.role == .tool {
            let results = conversation.reversed().prefix { $0.role == .tool }.reversed()
            body = toolResultAnswer(Array(results), question: question, conversation: conversation)
        } else {
            body = textAnswer(to: question, random: &random)
        }
        guard !prefix.isEmpty else { return body }
        return prefix + (prefix.hasSuffix(" ") || prefix.hasSuffix("\n") ? "" : " ") + body
    }

    /// The answer to a plain question.
    static func textAnswer(to question: String, random: inout DeterministicRandom) -> String {
        let trimmed = question.trimmingWhitespace
        if let echoed = echoRequest(trimmed) {
            return echoed
        }
        let words = PromptWords(trimmed)
        if isGreeting(trimmed, words: words) {
            return "Hello! How can I help you today?"
        }
        guard let topic = subjectPhrase(of: trimmed) ?? words.topic(), let first = words.keywords.first else {
            return "I am happy to help. Could you tell me a little more about what you need?"
        }
        let second = words.keywords.dropFirst().first ?? "the context"
        let opening = pick(openings, &random).replacingPlaceholder("{topic}", with: topic)
        let middle = pick(middles, &random)
            .replacingPlaceholder("{k1}", with: first)
            .replacingPlaceholder("{k2}", with: second)
        let closing = pick(closings, &random)
        return [opening, middle.capitalisedFirst, closing].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func toolResultAnswer(_ results: [ChatMessage], question: String, conversation: [ChatMessage])
        -> String
    {
        let names = Dictionary(
            conversation.flatMap(\.toolCalls).map { ($0.id, $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        let sentences = results.map { result -> String in
            let name = result.name ?? result.toolCallID.flatMap { names[$0] } ?? "tool"
            return "According to \(name), \(summary(of: result.text))."
        }
        let topic = PromptWords(question).topic(limit: 2)
        let closing = topic.map { "That should answer your question about \($0)." } ?? "I hope this helps."
        return (sentences + [closing]).joined(separator: " ")
    }

    /// A readable summary of a tool result: `key is value` pairs for JSON objects, else the text itself.
    private static func summary(of result: String) -> String {
        if let object = (try? JSONParser.parse(result))?.objectValue {
            let pairs = object.members.prefix(4).map { member -> String in
                let key = member.key.split(separator: "_").joined(separator: " ")
                let value: String
                switch member.value {
                case .string(let text): value = text
                case .int, .double, .bool, .null: value = member.value.compactString
                default: value = member.value.compactString
                }
                return "the \(key) is \(value)"
            }
            if !pairs.isEmpty {
                return pairs.count == 1
                    ? pairs[0] : pairs.dropLast().joined(separator: ", ") + " and " + (pairs.last ?? "")
            }
        }
        let text = result.trimmingWhitespace
        let clipped = text.count > 160 ? String(text.prefix(157)) + "..." : text
        return clipped.isEmpty ? "there was no result" : "the result is \"\(clipped)\""
    }

    /// The question's subject when it is phrased as "What is X?", "Explain X", "Tell me about X"…:
    /// `What is the capital of France?` gives `the capital of France`.
    static func subjectPhrase(of question: String) -> String? {
        let lower = question.lowercased()
        let openers = [
            "what is", "what are", "what was", "what's", "who is", "who was", "explain", "describe", "tell me about",
            "can you tell me about", "summarize", "summarise", "give me an overview of", "write about",
        ]
        guard let opener = openers.first(where: { lower.hasPrefix($0 + " ") }) else { return nil }
        var phrase = String(question.dropFirst(opener.count)).trimmingWhitespace
        while let last = phrase.last, "?.!".contains(last) {
            phrase.removeLast()
        }
        let wordCount = phrase.split(separator: " ").count
        guard (1...8).contains(wordCount), !phrase.contains("\n") else { return nil }
        return phrase
    }

    private static func echoRequest(_ text: String) -> String? {
        let lower = text.lowercased()
        for verb in ["say", "reply with", "respond with", "repeat", "answer with", "print", "output"] {
            guard lower.hasPrefix(verb + " ") || lower.hasPrefix(verb + ":") else { continue }
            var rest = String(text.dropFirst(verb.count)).trimmingWhitespace
            for filler in ["exactly", "only", "just", "the word", "the words"]
            where rest.lowercased().hasPrefix(filler + " ") {
                rest = String(rest.dropFirst(filler.count)).trimmingWhitespace
            }
            if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmingWhitespace }
            if rest.hasSuffix("."), !rest.hasSuffix("..") { rest = String(rest.dropLast()) }
            let quotes: Set<Character> = ["\"", "'", "`", "“", "”", "‘", "’"]
            while let first = rest.first, let last = rest.last, rest.count >= 2, quotes.contains(first),
                quotes.contains(last)
            {
                rest = String(rest.dropFirst().dropLast())
            }
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    private static func isGreeting(_ text: String, words: PromptWords) -> Bool {
        let lower = text.lowercased()
        let greetings = ["hi", "hello", "hey", "bonjour", "salut", "good morning", "good afternoon", "good evening"]
        return words.keywords.count <= 1
            && greetings.contains {
                lower == $0 || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + "!") || lower.hasPrefix($0 + ",")
            }
    }

    private static func pick(_ options: [String], _ random: inout DeterministicRandom) -> String {
        options[Int(random.next() % UInt64(options.count))]
    }

    private static let openings = [
        "Here is a short overview of {topic}.",
        "Good question about {topic}.",
        "In short, a few key points matter about {topic}.",
        "Let me summarise {topic} briefly.",
    ]

    private static let middles = [
        "{k1} matters mostly because of how it relates to {k2}.",
        "The key idea is that {k1} depends on {k2} and on the details of your situation.",
        "In practice, {k1} works best when {k2} is clear and well defined.",
        "A useful way to think about {k1} is to start from {k2} and build from there.",
        "Most explanations of {k1} focus on {k2} first.",
    ]

    private static let closings = [
        "I hope this helps.",
        "Let me know if you would like more detail.",
        "Feel free to ask a follow-up question.",
        "",
    ]
}
