import OrderedJSON

/// A model produced by a successful fine-tuning job: `ft:<base>:<suffix>:<job>`.
struct FineTunedModelRecord: Sendable {
    var id: String
    /// The base model it was trained from.
    var root: String
    /// The job that produced it.
    var job: String
    var createdAt: Timestamp
    /// `completion` or `classifier`.
    var jobType: String
    /// The classifier targets (`[{name, labels}]`) of a classifier model.
    var classifierTargets: JSONValue
    var archived = false

    /// What the model can do: chat for completion models, classification for classifiers.
    var capabilities: ModelCapabilities {
        jobType == "classifier" ? [.classification] : [.completionChat, .functionCalling, .completionFIM]
    }

    /// The `FTModelCard` object of the API.
    var card: JSONValue {
        .object(
            JSONObject([
                ("id", .string(id)),
                ("object", "model"),
                ("created", .int(createdAt.unixSeconds)),
                ("owned_by", "windsock-mock"),
                ("capabilities", capabilities.json),
                ("name", .string(id)),
                ("description", .string("Fine-tuned from \(root).")),
                ("max_context_length", .int(ModelCatalog.model(named: root)?.maxContextLength ?? 32_768)),
                ("aliases", []),
                ("deprecation", .null),
                ("deprecation_replacement_model", .null),
                ("default_model_temperature", .null),
                ("type", "fine-tuned"),
                ("job", .string(job)),
                ("root", .string(root)),
                ("archived", .bool(archived)),
            ])
        )
    }
}
