import Foundation

extension PriceTable {
    /// A table read from JSON, naming where its prices come from:
    ///
    /// ```json
    /// {"source": "https://mistral.ai/pricing", "date": "2026-06-28",
    ///  "models": {"mistral-small-2506": {"input": 0.1, "output": 0.3}, "mistral-ocr": {"per_page": 0.001}}}
    /// ```
    ///
    /// Prices are US dollars per million tokens (`input`, `output`) or per page (`per_page`). `output` defaults to
    /// `input` (embeddings). A malformed document throws ``PriceTableError`` naming the entry.
    public init(json: Data) throws {
        struct Document: Decodable {
            var source: String?
            var date: String?
            var models: [String: Entry]
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
        self.init(entries)
        self.source = document.source
        self.date = document.date
    }

    /// This table with `other`'s entries added, replacing those of the same model.
    public func overridden(by other: PriceTable) -> PriceTable {
        var merged = self
        merged.entries.merge(other.entries) { _, new in new }
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
