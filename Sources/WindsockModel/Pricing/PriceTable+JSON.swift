import Foundation

extension PriceTable {
    /// A table read from JSON, naming where its prices come from:
    ///
    /// ```json
    /// {"source": "https://mistral.ai/pricing", "date": "2026-06-28",
    ///  "models": {"mistral-small-2506": {"input": 0.1, "output": 0.3}, "mistral-ocr-2505": {"per_page": 0.001}},
    ///  "aliases": {"mistral-small-latest": "mistral-small-2506"}}
    /// ```
    ///
    /// Prices are US dollars per million tokens (`input`, `output`) or per page (`per_page`). `output` defaults to
    /// `input` (embeddings). `aliases` (optional) map an id onto a model of the document; `base` holds the models
    /// that aliases may also name (an override's aliases may point at the shipped table's models). A malformed
    /// document, or an alias to a model neither table has, throws ``PriceTableError`` naming the entry.
    public init(json: Data, base: PriceTable = .empty) throws {
        struct Document: Decodable {
            var source: String?
            var date: String?
            var models: [String: Entry]
            var aliases: [String: String]?
        }
        struct Entry: Decodable {
            var input: Double?
            var output: Double?
            var perPage: Double?

            enum CodingKeys: String, CodingKey {
                case input, output
                case perPage = "per_page"
            }
        }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: json)
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let path = context.codingPath.map(\.stringValue)
            let entry = path.count >= 2 && path[0] == "models" ? path[1] : nil
            throw PriceTableError(entry: entry, problem: "\(path.last ?? "value") has the wrong type")
        } catch {
            throw PriceTableError(
                entry: nil, problem: #"expected {"models": {"<model>": {"input", "output"}}}: \#(error)"#)
        }
        var entries: [String: ModelPrice] = [:]
        for (model, entry) in document.models {
            for value in [entry.input, entry.output, entry.perPage].compactMap({ $0 })
            where !(value >= 0 && value.isFinite) {
                throw PriceTableError(entry: model, problem: "prices must be non-negative numbers")
            }
            if let perPage = entry.perPage {
                entries[model] = ModelPrice(perPage: perPage)
            } else if let input = entry.input {
                entries[model] = ModelPrice(inputPerMillionTokens: input, outputPerMillionTokens: entry.output ?? input)
            } else {
                throw PriceTableError(entry: model, problem: "needs input (and output) or per_page")
            }
        }
        self.init(entries, aliases: document.aliases ?? [:])
        for (alias, model) in aliases where self.entries[model] == nil && base.entries[model] == nil {
            throw PriceTableError(entry: alias, problem: "is an alias of \(model), which has no price")
        }
        self.source = document.source
        self.date = document.date
    }

    /// This table with `other`'s entries added, replacing those of the same model.
    public func overridden(by other: PriceTable) -> PriceTable {
        var merged = self
        merged.entries.merge(other.entries) { _, new in new }
        merged.aliases.merge(other.aliases) { _, new in new }
        // A model priced by `other` is no longer an alias of this table's.
        for model in other.entries.keys where other.aliases[model] == nil {
            merged.aliases[model] = nil
        }
        merged.source = other.source ?? source
        merged.date = other.date ?? date
        return merged
    }
}

/// A price table document that could not be read.
public struct PriceTableError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The model entry at fault, `nil` for the document as a whole.
    public var entry: String?
    /// What is wrong.
    public var problem: String

    public var description: String {
        entry.map { "price of \($0): \(problem)" } ?? "price table: \(problem)"
    }
}
