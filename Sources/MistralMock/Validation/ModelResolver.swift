/// A model id the emulator accepted for a route.
struct ResolvedModel: Sendable {
    /// The id as the client sent it (echoed in answers).
    var id: String
    var capabilities: ModelCapabilities
    /// The fine-tuned model, for `ft:` ids.
    var fineTuned: FineTunedModelRecord?
}

extension MockService {
    /// Resolves `id` for a route that needs one of `capabilities`: a known base model (id or alias) or a
    /// fine-tuned model created in the emulator; anything else is 400 `invalid_model` ("Invalid model: x",
    /// code 1500), as the real API answers.
    func resolveModel(_ id: String, requiring capabilities: ModelCapabilities) async throws(MockAPIError)
        -> ResolvedModel
    {
        if let model = ModelCatalog.model(named: id), !model.capabilities.isDisjoint(with: capabilities) {
            return ResolvedModel(id: id, capabilities: model.capabilities)
        }
        if id.hasPrefix("ft:") {
            let record = await store.withFineTuning { _, models in models[id] }
            if let record, !record.capabilities.isDisjoint(with: capabilities) {
                return ResolvedModel(id: id, capabilities: record.capabilities, fineTuned: record)
            }
        }
        throw .invalidModel(id)
    }
}
