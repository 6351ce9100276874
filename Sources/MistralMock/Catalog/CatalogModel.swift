import OrderedJSON

/// A base model the emulator knows, with its dated id and its aliases.
struct CatalogModel: Sendable {
    /// The dated (canonical) id, e.g. `mistral-small-2603`.
    var id: String
    /// Other ids that name the same model, e.g. `mistral-small-latest`.
    var aliases: [String]
    /// A one-line description.
    var description: String
    /// The context window in tokens.
    var maxContextLength: Int
    /// What the model can do.
    var capabilities: ModelCapabilities
    /// The deprecation date (ISO 8601), for deprecated models still common in examples.
    var deprecation: String? = nil
    /// The model to move to, for deprecated models.
    var replacement: String? = nil
    /// The default sampling temperature.
    var defaultTemperature: Double? = 0.7

    /// Every id that names this model.
    var allIDs: [String] { [id] + aliases }

    /// The model card as `GET /v1/models` lists it under `cardID` (the dated id or one of the aliases).
    func card(as cardID: String) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(cardID)),
                ("object", "model"),
                ("created", .int(ModelCatalog.created)),
                ("owned_by", "mistralai"),
                ("capabilities", capabilities.json),
                ("name", .string(id)),
                ("description", .string(description)),
                ("max_context_length", .int(maxContextLength)),
                ("aliases", .array(allIDs.filter { $0 != cardID }.map(JSONValue.string))),
                ("deprecation", .optional(deprecation)),
                ("deprecation_replacement_model", .optional(replacement)),
                ("default_model_temperature", defaultTemperature.map(JSONValue.double) ?? .null),
                ("type", "base"),
            ])
        )
    }
}
