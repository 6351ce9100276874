/// Prices of models by id, with aliases (`-latest`) and dated versions (`mistral-small-2506`) resolved.
///
/// Lookups are case-insensitive. An id is found by, in order: an alias (`mistral-small-latest` →
/// `mistral-small-2603`) or an exact entry; the same for the id without a provider prefix (`mistral/…`,
/// `mistralai/…`); the longest entry that is a prefix of the id at a `-` boundary (`mistral-embed-2312` →
/// `mistral-embed`). An id that matches nothing has no price: ``cost(model:usage:)`` answers `nil`, never 0.
public struct PriceTable: Sendable {
    /// The prices by lowercased model id or id prefix.
    var entries: [String: ModelPrice]
    /// Alias → model id, both lowercased.
    var aliases: [String: String] = [:]
    /// Where the prices come from (a URL or a name), when the table says.
    public var source: String?
    /// When the prices were read (ISO 8601 date), when the table says.
    public var date: String?

    /// A table of `entries` keyed by model id or id prefix, and `aliases` naming the entry another id stands for
    /// (`mistral-small-latest` → `mistral-small-2603`); both matched case-insensitively.
    public init(_ entries: [String: ModelPrice], aliases: [String: String] = [:]) {
        var lowered: [String: ModelPrice] = [:]
        for (key, price) in entries {
            lowered[key.lowercased()] = price
        }
        self.entries = lowered
        for (alias, model) in aliases {
            self.aliases[alias.lowercased()] = model.lowercased()
        }
    }

    /// The model ids that have a price of their own, sorted.
    public var models: [String] { entries.keys.sorted() }

    /// The model id `alias` stands for, if it is an alias.
    public func model(aliasedBy alias: String) -> String? { aliases[alias.lowercased()] }

    /// A table with no prices: every cost is unknown.
    public static let empty = PriceTable([:])

    /// The price of `model`, or `nil` when it is not known.
    public func price(of model: String) -> ModelPrice? {
        // Ids are nearly always lowercase already: look them up before making a lowercased copy.
        if let exact = entries[aliases[model] ?? model] { return exact }
        var id = model.lowercased()
        if let exact = entries[aliases[id] ?? id] { return exact }
        if let slash = id.lastIndex(of: "/") {
            id = String(id[id.index(after: slash)...])
            if let exact = entries[aliases[id] ?? id] { return exact }
        }
        var candidate = Substring(id)
        while let dash = candidate.lastIndex(of: "-") {
            candidate = candidate[..<dash]
            if let price = entries[String(candidate)] { return price }
        }
        return nil
    }

    /// The cost in US dollars of `usage` on `model`; `nil` when the model is unknown, when it is billed per page
    /// (see ``cost(model:pages:)``), or when no token count is known.
    public func cost(model: String, usage: TokenUsage) -> Double? {
        price(of: model)?.cost(of: usage)
    }

    /// The cost in US dollars of `pages` processed by a page-billed model (OCR); `nil` for other models.
    public func cost(model: String, pages: Int) -> Double? {
        guard let perPage = price(of: model)?.perPage else { return nil }
        return Double(pages) * perPage
    }
}
