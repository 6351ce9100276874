import OrderedJSON

/// `POST /v1/moderations` (texts) and `POST /v1/chat/moderations` (conversations): deterministic category
/// scores, with the category set of the requested moderation model.
enum ModerationRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/moderations") { request in
            try await moderations(try request.json(), service: service)
        }
        router.add(.post, "/v1/chat/moderations") { request in
            try await chatModerations(try request.json(), service: service)
        }
    }

    /// Answers a text moderation body (also used by batch jobs).
    static func moderations(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.classification.validate(json)
        let model = body["model"]?.stringValue ?? ""
        let texts = try ClassifierInputs.texts(body["input"] ?? .null)
        _ = try await service.resolveModel(model, requiring: .moderation)
        let categories = categories(for: model)
        return .json(
            answer(body, model: model, results: texts.map { ModerationScorer.result(for: $0, categories: categories) }))
    }

    /// Answers a chat moderation body (also used by batch jobs).
    static func chatModerations(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.chatModeration.validate(json)
        let model = body["model"]?.stringValue ?? ""
        let conversations = try ClassifierInputs.conversations(body["input"] ?? .null)
        _ = try await service.resolveModel(model, requiring: .moderation)
        let categories = categories(for: model)
        return .json(
            answer(
                body, model: model,
                results: conversations.map { ModerationScorer.result(for: $0, categories: categories) }))
    }

    /// The categories of `model` (2411 for the old model, 2603 otherwise).
    static func categories(for model: String) -> [String] {
        model.contains("2411") ? ModerationScorer.categories2411 : ModerationScorer.categories2603
    }

    private static func answer(_ body: JSONObject, model: String, results: [JSONValue]) -> JSONValue {
        [
            "id": .string(MockIdentifiers.completionID(for: JSONValue.object(body).compactString)),
            "model": .string(model),
            "results": .array(results),
        ]
    }
}
