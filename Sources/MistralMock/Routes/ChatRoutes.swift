import OrderedJSON

/// `POST /v1/chat/completions`, streamed or not.
enum ChatRoutes {
    /// The system prompt `safe_prompt: true` adds before the conversation.
    static let safetyPrompt =
        "Always assist with care, respect, and truth. Respond with utmost utility yet securely. Avoid harmful, "
        + "unethical, prejudiced, or negative content. Ensure replies promote fairness and positivity."

    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/chat/completions") { request in
            try await chatCompletion(try request.json(), service: service)
        }
    }

    /// Answers a chat completion body (also used by batch jobs).
    static func chatCompletion(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.chatCompletion.validate(json)
        let model = body["model"]?.stringValue ?? ""
        var messages = try MessageRules.parse(body["messages"] ?? .null)
        let tools = try CompletionOptions.tools(body["tools"])
        let toolChoice = try CompletionOptions.toolChoice(body["tool_choice"])
        let responseFormat = try CompletionOptions.responseFormat(body["response_format"])
        let maxTokens = try CompletionOptions.maxTokens(body["max_tokens"])
        let choiceCount = try CompletionReply.choiceCount(body)
        _ = try await service.resolveModel(model, requiring: .completionChat)
        try MessageRules.check(messages)
        let safePrompt = body["safe_prompt"]?.boolValue == true
        if safePrompt {
            messages.insert(ChatMessage(role: .system, text: safetyPrompt), at: 0)
        }
        let request = CompletionRequest(
            model: model,
            messages: messages,
            tools: tools,
            toolChoice: toolChoice,
            parallelToolCalls: body["parallel_tool_calls"]?.boolValue ?? true,
            responseFormat: responseFormat,
            maxTokens: maxTokens,
            stop: CompletionOptions.stop(body["stop"]),
            choiceCount: choiceCount,
            seed: CompletionOptions.seed(
                model: model,
                messages: body["messages"],
                randomSeed: body["random_seed"],
                extra: (body["tools"]?.compactString ?? "") + (body["response_format"]?.compactString ?? "")
                    + (body["tool_choice"]?.compactString ?? "")
            )
        )
        let completion = CompletionEngine.complete(
            request,
            id: CompletionReply.id(for: body),
            created: Timestamp.now.unixSeconds
        )
        return CompletionReply.reply(completion, stream: CompletionReply.isStream(body))
    }
}
