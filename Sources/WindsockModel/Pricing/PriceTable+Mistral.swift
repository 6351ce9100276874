extension PriceTable {
    /// Mistral AI's published API prices (standard tier, not batch), in USD.
    ///
    /// Sources, read on 2026-06-28: Mistral's pricing page as reproduced by developer.puter.com/tutorials/
    /// mistral-api-pricing ("Full Breakdown of Costs (Jun 2026)"), the model table of lava.so's Mistral gateway
    /// docs, and margindash.com/mistral-api-pricing ("verified against official Mistral documentation"). Older
    /// dated ids keep the price they were sold at. `mistral-ocr-*` is billed per page (USD 1 per 1,000 pages),
    /// so its token cost is unknown and ``PriceTable/cost(model:pages:)`` prices it. Prices change: a server can
    /// pass its own table.
    public static let mistral = PriceTable([
        // Frontier and general models (aliases point at the newest version).
        "mistral-large-latest": ModelPrice(inputPerMillionTokens: 0.5, outputPerMillionTokens: 1.5),
        "mistral-large": ModelPrice(inputPerMillionTokens: 0.5, outputPerMillionTokens: 1.5),
        "mistral-large-2512": ModelPrice(inputPerMillionTokens: 0.5, outputPerMillionTokens: 1.5),
        "mistral-large-2411": ModelPrice(inputPerMillionTokens: 2, outputPerMillionTokens: 6),
        "mistral-large-2407": ModelPrice(inputPerMillionTokens: 2, outputPerMillionTokens: 6),
        "mistral-large-2402": ModelPrice(inputPerMillionTokens: 4, outputPerMillionTokens: 12),
        "mistral-medium-latest": ModelPrice(inputPerMillionTokens: 1.5, outputPerMillionTokens: 7.5),
        "mistral-medium": ModelPrice(inputPerMillionTokens: 1.5, outputPerMillionTokens: 7.5),
        "mistral-medium-2508": ModelPrice(inputPerMillionTokens: 0.4, outputPerMillionTokens: 2),
        "mistral-medium-2505": ModelPrice(inputPerMillionTokens: 0.4, outputPerMillionTokens: 2),
        "mistral-medium-2312": ModelPrice(inputPerMillionTokens: 2.75, outputPerMillionTokens: 8.1),
        "mistral-small-latest": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.3),
        "mistral-small": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.3),
        "mistral-small-2409": ModelPrice(inputPerMillionTokens: 0.2, outputPerMillionTokens: 0.6),
        "mistral-small-2402": ModelPrice(inputPerMillionTokens: 1, outputPerMillionTokens: 3),
        "mistral-saba": ModelPrice(inputPerMillionTokens: 0.2, outputPerMillionTokens: 0.6),
        // Reasoning.
        "magistral-medium": ModelPrice(inputPerMillionTokens: 2, outputPerMillionTokens: 5),
        "magistral-small": ModelPrice(inputPerMillionTokens: 0.5, outputPerMillionTokens: 1.5),
        // Code.
        "codestral": ModelPrice(inputPerMillionTokens: 0.3, outputPerMillionTokens: 0.9),
        "devstral": ModelPrice(inputPerMillionTokens: 0.4, outputPerMillionTokens: 2),
        "devstral-medium": ModelPrice(inputPerMillionTokens: 0.4, outputPerMillionTokens: 2),
        "devstral-small": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.3),
        // Edge.
        "ministral-3b": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.1),
        "ministral-8b": ModelPrice(inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.15),
        "ministral-14b": ModelPrice(inputPerMillionTokens: 0.2, outputPerMillionTokens: 0.2),
        "ministral-3b-2410": ModelPrice(inputPerMillionTokens: 0.04, outputPerMillionTokens: 0.04),
        "ministral-8b-2410": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.1),
        // Vision and audio.
        "pixtral-large": ModelPrice(inputPerMillionTokens: 2, outputPerMillionTokens: 6),
        "pixtral-12b": ModelPrice(inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.15),
        "voxtral-small": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.3),
        "voxtral-mini": ModelPrice(inputPerMillionTokens: 0.04, outputPerMillionTokens: 0.04),
        // Embeddings, moderation, OCR.
        "mistral-embed": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.1),
        "codestral-embed": ModelPrice(inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.15),
        "mistral-moderation": ModelPrice(inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.1),
        "mistral-ocr": ModelPrice(perPage: 0.001),
        // Open models on La Plateforme.
        "open-mistral-7b": ModelPrice(inputPerMillionTokens: 0.25, outputPerMillionTokens: 0.25),
        "mistral-tiny": ModelPrice(inputPerMillionTokens: 0.25, outputPerMillionTokens: 0.25),
        "open-mixtral-8x7b": ModelPrice(inputPerMillionTokens: 0.7, outputPerMillionTokens: 0.7),
        "open-mixtral-8x22b": ModelPrice(inputPerMillionTokens: 2, outputPerMillionTokens: 6),
        "open-mistral-nemo": ModelPrice(inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.15),
        "open-codestral-mamba": ModelPrice(inputPerMillionTokens: 0.25, outputPerMillionTokens: 0.25),
    ])
}
