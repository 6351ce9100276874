import OrderedJSON

/// The base models of `API.md` (current ids, their `-latest` aliases, and deprecated ids still common in
/// examples). Fine-tuned models (`ft:…`) live in the store.
enum ModelCatalog {
    /// The `created` timestamp of every base model card.
    static let created = 1_767_225_600

    private static let chat = ModelCapabilities.chatWithTools
    private static let multimodal: ModelCapabilities = [.completionChat, .functionCalling, .vision, .fineTuning]

    /// The known base models.
    static let models: [CatalogModel] = [
        CatalogModel(
            id: "mistral-large-2512", aliases: ["mistral-large-latest"],
            description: "Mistral's flagship multimodal model.", maxContextLength: 262_144, capabilities: multimodal),
        CatalogModel(
            id: "mistral-medium-3-5", aliases: ["mistral-medium-latest"],
            description: "Frontier-class multimodal model at medium cost.", maxContextLength: 131_072,
            capabilities: multimodal),
        CatalogModel(
            id: "mistral-small-2603", aliases: ["mistral-small-latest"],
            description: "Efficient small multimodal model.", maxContextLength: 131_072, capabilities: multimodal,
            defaultTemperature: 0.3),
        CatalogModel(
            id: "ministral-3b-2512", aliases: ["ministral-3b-latest"],
            description: "Tiny edge model.", maxContextLength: 131_072, capabilities: multimodal),
        CatalogModel(
            id: "ministral-8b-2512", aliases: ["ministral-8b-latest"],
            description: "Small edge model.", maxContextLength: 131_072, capabilities: multimodal),
        CatalogModel(
            id: "ministral-14b-2512", aliases: ["ministral-14b-latest"],
            description: "Edge model with strong reasoning.", maxContextLength: 131_072, capabilities: multimodal),
        CatalogModel(
            id: "codestral-2508", aliases: ["codestral-latest"],
            description: "Code model for fill-in-the-middle and code generation.", maxContextLength: 256_000,
            capabilities: [.completionChat, .functionCalling, .completionFIM, .fineTuning], defaultTemperature: 0.3),
        CatalogModel(
            id: "mistral-embed", aliases: [],
            description: "Text embeddings (1024 dimensions).", maxContextLength: 8_192, capabilities: [.embedding],
            defaultTemperature: nil),
        CatalogModel(
            id: "codestral-embed", aliases: ["codestral-embed-2505"],
            description: "Code embeddings (1536 dimensions by default).", maxContextLength: 8_192,
            capabilities: [.embedding], defaultTemperature: nil),
        CatalogModel(
            id: "mistral-moderation-2603", aliases: ["mistral-moderation-latest"],
            description: "Content moderation classifier.", maxContextLength: 8_192,
            capabilities: [.moderation, .classification], defaultTemperature: nil),
        CatalogModel(
            id: "mistral-moderation-2411", aliases: [],
            description: "Content moderation classifier (previous categories).", maxContextLength: 8_192,
            capabilities: [.moderation, .classification], deprecation: "2026-09-30T00:00:00Z",
            replacement: "mistral-moderation-latest", defaultTemperature: nil),
        CatalogModel(
            id: "mistral-ocr-4-1", aliases: ["mistral-ocr-latest"],
            description: "Document OCR (preview).", maxContextLength: 32_768, capabilities: [.ocr, .vision],
            defaultTemperature: nil),
        CatalogModel(
            id: "mistral-ocr-4-0", aliases: [],
            description: "Document OCR.", maxContextLength: 32_768, capabilities: [.ocr, .vision],
            defaultTemperature: nil),
        CatalogModel(
            id: "mistral-ocr-2512", aliases: [],
            description: "Document OCR.", maxContextLength: 32_768, capabilities: [.ocr, .vision],
            defaultTemperature: nil),
        CatalogModel(
            id: "voxtral-small-latest", aliases: [],
            description: "Speech understanding model.", maxContextLength: 32_768,
            capabilities: [.completionChat, .functionCalling, .audio, .audioTranscription], defaultTemperature: 0.2),
        CatalogModel(
            id: "voxtral-mini-2602", aliases: ["voxtral-mini-latest"],
            description: "Small speech understanding model.", maxContextLength: 32_768,
            capabilities: [.completionChat, .audio, .audioTranscription], defaultTemperature: 0.2),
        CatalogModel(
            id: "voxtral-mini-tts-2603", aliases: [],
            description: "Text to speech.", maxContextLength: 8_192, capabilities: [.audio, .audioSpeech],
            defaultTemperature: nil),
        CatalogModel(
            id: "magistral-medium-2509", aliases: ["magistral-medium-latest"],
            description: "Reasoning model.", maxContextLength: 131_072,
            capabilities: [.completionChat, .functionCalling, .reasoning, .vision],
            deprecation: "2026-10-31T00:00:00Z", replacement: "mistral-medium-latest"),
        CatalogModel(
            id: "magistral-small-2509", aliases: ["magistral-small-latest"],
            description: "Small reasoning model.", maxContextLength: 131_072,
            capabilities: [.completionChat, .functionCalling, .reasoning, .vision],
            deprecation: "2026-10-31T00:00:00Z", replacement: "mistral-small-latest"),
        CatalogModel(
            id: "devstral-medium-2507", aliases: ["devstral-medium-latest"],
            description: "Agentic coding model.", maxContextLength: 131_072, capabilities: chat,
            deprecation: "2026-10-31T00:00:00Z", replacement: "codestral-latest"),
        CatalogModel(
            id: "devstral-small-2507", aliases: ["devstral-small-latest"],
            description: "Small agentic coding model.", maxContextLength: 131_072, capabilities: chat,
            deprecation: "2026-10-31T00:00:00Z", replacement: "codestral-latest"),
        CatalogModel(
            id: "devstral-2512", aliases: ["devstral-latest"],
            description: "Agentic coding model.", maxContextLength: 262_144, capabilities: chat,
            deprecation: "2026-12-31T00:00:00Z", replacement: "codestral-latest"),
        CatalogModel(
            id: "pixtral-large-2411", aliases: ["pixtral-large-latest"],
            description: "Multimodal model.", maxContextLength: 131_072, capabilities: multimodal,
            deprecation: "2026-06-30T00:00:00Z", replacement: "mistral-large-latest"),
        CatalogModel(
            id: "pixtral-12b-2409", aliases: ["pixtral-12b"],
            description: "Small multimodal model.", maxContextLength: 131_072, capabilities: multimodal,
            deprecation: "2026-06-30T00:00:00Z", replacement: "mistral-small-latest"),
        CatalogModel(
            id: "open-mistral-nemo", aliases: ["open-mistral-nemo-2407"],
            description: "Multilingual open model.", maxContextLength: 131_072, capabilities: chat,
            deprecation: "2026-06-30T00:00:00Z", replacement: "ministral-8b-latest"),
        CatalogModel(
            id: "mistral-large-2411", aliases: [],
            description: "Previous flagship model.", maxContextLength: 131_072, capabilities: chat,
            deprecation: "2026-06-30T00:00:00Z", replacement: "mistral-large-latest"),
        CatalogModel(
            id: "mistral-small-2506", aliases: [],
            description: "Previous small model.", maxContextLength: 131_072, capabilities: multimodal,
            deprecation: "2026-09-30T00:00:00Z", replacement: "mistral-small-latest", defaultTemperature: 0.3),
        CatalogModel(
            id: "open-mistral-7b", aliases: ["mistral-tiny"],
            description: "The first Mistral open model.", maxContextLength: 32_768,
            capabilities: [.completionChat, .fineTuning],
            deprecation: "2025-03-30T00:00:00Z", replacement: "ministral-8b-latest"),
    ]

    /// The model named by `id` (a dated id or an alias), if it is a known base model.
    static func model(named id: String) -> CatalogModel? {
        models.first { $0.id == id || $0.aliases.contains(id) }
    }

    /// Every base model card, one per id and alias, as `GET /v1/models` lists them.
    static var cards: [JSONValue] {
        models.flatMap { model in model.allIDs.map { model.card(as: $0) } }
    }
}
