/// `GET /v1/models`, `GET /v1/models/{id}` and `DELETE /v1/models/{id}` (fine-tuned models only).
enum ModelRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.get, "/v1/models") { _ in
            let fineTuned = await service.store.withFineTuning { _, models in models.newestFirst }
            return .json(["object": "list", "data": .array(ModelCatalog.cards + fineTuned.map(\.card))])
        }
        router.add(.get, "/v1/models/:model_id") { request in
            let id = request.parameter("model_id")
            if let model = ModelCatalog.model(named: id) {
                return .json(model.card(as: id))
            }
            guard let fineTuned = await service.store.withFineTuning({ _, models in models[id] }) else {
                throw notFound(id)
            }
            return .json(fineTuned.card)
        }
        router.add(.delete, "/v1/models/:model_id") { request in
            let id = request.parameter("model_id")
            if ModelCatalog.model(named: id) != nil {
                throw MockAPIError.invalidRequest("Model \(id) is not a fine-tuned model and cannot be deleted")
            }
            let removed = await service.store.withFineTuning { _, models -> Bool in
                defer { models[id] = nil }
                return models[id] != nil
            }
            guard removed else { throw notFound(id) }
            return .json(["id": .string(id), "object": "model", "deleted": true])
        }
    }

    private static func notFound(_ id: String) -> MockAPIError {
        .notFound("Model \(id) not found")
    }
}
