import OrderedJSON

/// `POST /v1/fim/completions` (Codestral fill-in-the-middle), streamed or not. Answers have the chat shape;
/// `content` holds only the infill.
enum FIMRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/fim/completions") { request in
            try await fimCompletion(try request.json(), service: service)
        }
    }

    /// Answers a FIM body (also used by batch jobs).
    static func fimCompletion(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.fimCompletion.validate(json)
        let model = body["model"]?.stringValue ?? ""
        let prompt = body["prompt"]?.stringValue ?? ""
        let suffix = body["suffix"]?.stringValue ?? ""
        let maxTokens = try CompletionOptions.maxTokens(body["max_tokens"])
        _ = try await service.resolveModel(model, requiring: .completionFIM)
        var random = DeterministicRandom(
            text: CompletionOptions.seed(
                model: model,
                messages: [.string(prompt), .string(suffix)],
                randomSeed: body["random_seed"]
            )
        )
        let infill = FillInTheMiddleWriter.infill(prompt: prompt, suffix: suffix, random: &random)
        let limited = OutputLimits.apply(to: infill, maxTokens: maxTokens, stop: CompletionOptions.stop(body["stop"]))
        let choice = GeneratedChoice(
            index: 0,
            content: limited.content,
            tokens: limited.tokens,
            toolCalls: [],
            finishReason: limited.finishReason,
            completionTokens: limited.tokens.count
        )
        let completion = Completion(
            id: CompletionReply.id(for: body),
            model: model,
            created: Timestamp.now.unixSeconds,
            choices: [choice],
            promptTokens: Tokenizer.promptTokens(messageTexts: [prompt, suffix])
        )
        return CompletionReply.reply(completion, stream: CompletionReply.isStream(body))
    }
}
