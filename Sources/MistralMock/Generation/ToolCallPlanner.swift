import OrderedJSON

/// Decides when the emulated model calls tools, and with which arguments.
///
/// A call is made when tools are offered, `tool_choice` is not `none`, the last message is a user message,
/// and either `tool_choice` forces a call (`any`/`required`/a named function) or the user message asks for
/// something a tool fits: it mentions a word of the tool's name, or two words of its description.
/// With `parallel_tool_calls` (the default) every fitting tool is called, otherwise only the first.
/// Arguments fill the tool's required parameters with values taken from the user message.
enum ToolCallPlanner {
    /// The calls the model makes for `request` (empty: it answers in text).
    static func calls(for request: CompletionRequest, random: inout DeterministicRandom) -> [ToolCall] {
        guard !request.tools.isEmpty, request.toolChoice != .none,
            let last = request.messages.last, last.role == .user
        else { return [] }
        let question = last.text
        var chosen: [ToolDefinition]
        switch request.toolChoice {
        case .none:
            return []
        case .function(let name):
            chosen = [request.tools.first { $0.name == name } ?? request.tools[0]]
        case .any:
            let fitting = request.tools.filter { fits($0, question: question) }
            chosen = fitting.isEmpty ? [request.tools[0]] : fitting
        case .auto:
            chosen = request.tools.filter { fits($0, question: question) }
        }
        if !request.parallelToolCalls {
            chosen = Array(chosen.prefix(1))
        }
        let words = PromptWords(question)
        return chosen.map { tool in
            var generator = SchemaValueGenerator(
                words: words,
                random: DeterministicRandom(seed: random.next()),
                fillsOptionalProperties: false
            )
            var arguments = generator.value(for: tool.parameters)
            if arguments.objectValue == nil { arguments = [:] }
            return ToolCall(id: random.alphanumeric(count: 9), name: tool.name, arguments: arguments.spacedString)
        }
    }

    /// Whether the user's `question` asks for something `tool` does.
    static func fits(_ tool: ToolDefinition, question: String) -> Bool {
        let asked = Set(PromptWords.words(in: question).map { $0.lowercased() })
        let nameWords = splitIdentifier(tool.name).filter { $0.count >= 3 && !PromptWords.stopWords.contains($0) }
        if nameWords.contains(where: { mentioned($0, in: asked) }) {
            return true
        }
        let described = PromptWords(tool.description).keywords.map { $0.lowercased() }
        return Set(described.filter { mentioned($0, in: asked) }).count >= 2
    }

    private static func mentioned(_ word: String, in asked: Set<String>) -> Bool {
        asked.contains(word)
            || asked.contains { ($0.count >= 4 && word.count >= 4) && ($0.hasPrefix(word) || word.hasPrefix($0)) }
    }

    /// The lowercased words of an identifier (`get_current_weather`, `getWeather`, `send-email`).
    static func splitIdentifier(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            if character == "_" || character == "-" || character == "." || character == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase, previousWasLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(contentsOf: character.lowercased())
            previousWasLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
