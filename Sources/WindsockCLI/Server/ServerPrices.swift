import ArgumentParser
import WindsockModel

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The prices the server computes costs with, for spans that carry none: Mistral's list prices, with entries
/// overridden by a price table file (`--prices`, or `WINDSOCK_PRICES_FILE`) and then by `WINDSOCK_PRICES` (the
/// JSON itself) — the same settings and format as the SDK's.
enum ServerPrices {
    static func table(file: String?, environment: [String: String]) throws -> PriceTable {
        var table = PriceTable.mistral
        if let path = file ?? environment["WINDSOCK_PRICES_FILE"] {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("Cannot read the price table \(path).")
            }
            table = try overriding(table, with: data, from: path)
        }
        if let json = environment["WINDSOCK_PRICES"] {
            table = try overriding(table, with: Data(json.utf8), from: "WINDSOCK_PRICES")
        }
        return table
    }

    private static func overriding(_ base: PriceTable, with data: Data, from origin: String) throws -> PriceTable {
        do {
            return base.overridden(by: try PriceTable(json: data, base: base))
        } catch let error as PriceTableError {
            throw ValidationError(
                "The price table \(origin) is not valid: \(error.description). Expected "
                    + #"{"models": {"<model id>": {"input": <USD per million tokens>, "output": <USD>}}}."#)
        }
    }
}
