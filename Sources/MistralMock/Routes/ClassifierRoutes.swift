import OrderedJSON

/// `POST /v1/classifications` and `POST /v1/chat/classifications`: scores per target and label, for
/// fine-tuned classifier models (targets from their job) and moderation models (one `moderation` target).
enum ClassifierRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/classifications") { request in
            try await classifications(try request.json(), service: service)
        }
        router.add(.post, "/v1/chat/classifications") { request in
            try await chatClassifications(try request.json(), service: service)
        }
    }

    /// Answers a text classification body (also used by batch jobs).
    static func classifications(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.classification.validate(json)
        let texts = try ClassifierInputs.texts(body["input"] ?? .null)
        return try await classify(body, texts: texts, service: service)
    }

    /// Answers a chat classification body (also used by batch jobs).
    static func chatClassifications(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.chatClassification.validate(json)
        let texts = try ClassifierInputs.instructRequests(body["input"] ?? .null)
        return try await classify(body, texts: texts, service: service)
    }

    private static func classify(_ body: JSONObject, texts: [String], service: MockService) async throws -> MockReply {
        let model = body["model"]?.stringValue ?? ""
        let resolved = try await service.resolveModel(model, requiring: .classification)
        let targets = targets(of: resolved)
        let results = texts.map { text -> JSONValue in
            .object(
                JSONObject(
                    targets.map { target in
                        (target.name, ["scores": .object(JSONObject(scores(text, target: target)))])
                    }
                )
            )
        }
        return .json([
            "id": .string(MockIdentifiers.completionID(for: JSONValue.object(body).compactString)),
            "model": .string(model),
            "results": .array(results),
        ])
    }

    private struct Target {
        var name: String
        var labels: [String]
    }

    private static func targets(of model: ResolvedModel) -> [Target] {
        if let targets = model.fineTuned?.classifierTargets.arrayValue, !targets.isEmpty {
            return targets.compactMap { target in
                guard let name = target["name"]?.stringValue else { return nil }
                return Target(name: name, labels: target["labels"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            }
        }
        return [Target(name: "moderation", labels: ModerationRoutes.categories(for: model.id))]
    }

    /// Label scores that sum to 1; a label named in the text gets most of the weight.
    private static func scores(_ text: String, target: Target) -> [(String, JSONValue)] {
        if target.name == "moderation" {
            return ModerationScorer.scores(for: text, categories: target.labels).map { ($0.0, .double($0.1)) }
        }
        var random = DeterministicRandom(text: target.name + "\u{1F}" + text)
        let lower = text.lowercased()
        let weights = target.labels.map { label in
            (lower.contains(label.lowercased()) ? 8.0 : 0) + 0.5 + random.nextUnit()
        }
        let total = weights.reduce(0, +)
        return zip(target.labels, weights).map { label, weight in
            (label, .double(((weight / max(total, 1e-9)) * 1_000_000).rounded() / 1_000_000))
        }
    }
}
