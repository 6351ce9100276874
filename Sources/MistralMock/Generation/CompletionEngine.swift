import OrderedJSON

/// The emulated model: turns a ``CompletionRequest`` into a ``Completion``.
///
/// Everything is derived from the request's seed text, so the same request always gives the same answer;
/// `created` is the only value that changes between identical requests.
enum CompletionEngine {
    /// Completes `request`; `id` is the completion id and `created` the Unix time to report.
    static func complete(_ request: CompletionRequest, id: String, created: Int) -> Completion {
        let choices = (0..<max(request.choiceCount, 1)).map { index in
            var random = DeterministicRandom(text: index == 0 ? request.seed : request.seed + "#\(index)")
            return choice(index: index, request: request, random: &random)
        }
        return Completion(
            id: id,
            model: request.model,
            created: created,
            choices: choices,
            promptTokens: promptTokens(request)
        )
    }

    /// The prompt tokens of `request` (see ``Tokenizer``).
    static func promptTokens(_ request: CompletionRequest) -> Int {
        let texts = request.messages.map { message in
            ([message.text] + message.toolCalls.map { $0.name + $0.arguments }).joined(separator: " ")
        }
        let tools: String? =
            request.tools.isEmpty
            ? nil
            : JSONValue.array(
                request.tools.map {
                    ["name": .string($0.name), "description": .string($0.description), "parameters": $0.parameters]
                }
            ).compactString
        return Tokenizer.promptTokens(messageTexts: texts, toolsJSON: tools)
    }

    private static func choice(index: Int, request: CompletionRequest, random: inout DeterministicRandom)
        -> GeneratedChoice
    {
        let calls = ToolCallPlanner.calls(for: request, random: &random)
        if !calls.isEmpty {
            let tokens = calls.reduce(0) { $0 + Tokenizer.count($1.name) + Tokenizer.count($1.arguments) + 2 }
            return GeneratedChoice(
                index: index,
                content: "",
                tokens: [],
                toolCalls: calls,
                finishReason: "tool_calls",
                completionTokens: tokens
            )
        }
        let text: String
        switch request.responseFormat {
        case .text:
            text = AnswerWriter.answer(to: request.messages, random: &random)
        case .jsonObject:
            text = jsonObjectAnswer(request.messages, random: &random)
        case .jsonSchema(let schema):
            let question = request.messages.last { $0.role == .user }?.text ?? ""
            var generator = SchemaValueGenerator(
                words: PromptWords(question),
                random: DeterministicRandom(seed: random.next()),
                fillsOptionalProperties: true
            )
            text = generator.value(for: schema).compactString
        }
        let limited = OutputLimits.apply(to: text, maxTokens: request.maxTokens, stop: request.stop)
        return GeneratedChoice(
            index: index,
            content: limited.content,
            tokens: limited.tokens,
            toolCalls: [],
            finishReason: limited.finishReason,
            completionTokens: limited.tokens.count
        )
    }

    /// A JSON object for `json_object` mode: the text answer and the question's keywords.
    private static func jsonObjectAnswer(_ messages: [ChatMessage], random: inout DeterministicRandom) -> String {
        let question = messages.last { $0.role == .user }?.text ?? ""
        let answer = AnswerWriter.answer(to: messages, random: &random)
        let keywords = PromptWords(question).keywords.prefix(3).map(JSONValue.string)
        return JSONValue.object(JSONObject([("answer", .string(answer)), ("keywords", .array(Array(keywords)))]))
            .compactString
    }
}
