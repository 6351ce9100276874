import Foundation
import Testing
import Windsock
import WindsockModel

/// The price table shipped in the binary (`Sources/WindsockModel/Pricing/mistral-prices.json`) and its overrides.
@Suite struct PriceResourceTests {
    @Test func theShippedTableNamesItsSourceAndDateAndMapsEveryAlias() throws {
        let table = PriceTable.mistral
        #expect(table.source?.contains("https://mistral.ai/pricing") == true)
        #expect(table.date == "2026-11-30")
        #expect(table.models.count >= 40)
        // Keyed by dated id; `-latest` resolves through its alias to the dated model.
        #expect(table.model(aliasedBy: "mistral-small-latest") == "mistral-small-2603")
        #expect(table.model(aliasedBy: "mistral-large-latest") == "mistral-large-2512")
        #expect(table.model(aliasedBy: "Mistral-Medium-Latest") == "mistral-medium-3.5")
        #expect(table.models.allSatisfy { !$0.hasSuffix("-latest") })
    }

    /// The issue's list prices, checked and dated in the resource.
    @Test(arguments: [
        ("mistral-large-2512", 0.5, 1.5), ("mistral-medium-2508", 0.4, 2.0), ("mistral-small-2603", 0.15, 0.6),
        ("mistral-small-2506", 0.1, 0.3), ("ministral-8b-2410", 0.1, 0.1), ("ministral-3b-2410", 0.04, 0.04),
        ("codestral-2508", 0.3, 0.9), ("devstral-2512", 0.4, 2.0), ("magistral-medium-2509", 2.0, 5.0),
        ("magistral-small-2509", 0.5, 1.5), ("pixtral-large-2411", 2.0, 6.0), ("pixtral-12b-2409", 0.15, 0.15),
        ("mistral-embed", 0.1, 0.1),
    ])
    func listPrices(model: String, input: Double, output: Double) throws {
        let price = try #require(PriceTable.mistral.price(of: model))
        #expect(price.inputPerMillionTokens == input)
        #expect(price.outputPerMillionTokens == output)
    }

    @Test func unknownModelsAndUnknownVersionsHaveNoCost() {
        let usage = TokenUsage(inputTokens: 1000, outputTokens: 1000)
        #expect(PriceTable.mistral.cost(model: "mistral-small-2999", usage: usage) == nil)
        #expect(PriceTable.mistral.cost(model: "mistral-xl-latest", usage: usage) == nil)
    }

    @Test func anOverrideOfADatedModelAlsoPricesItsAlias() throws {
        let override = try PriceTable(
            json: Data(#"{"models": {"mistral-small-2603": {"input": 1, "output": 2}}}"#.utf8), base: .mistral)
        let table = PriceTable.mistral.overridden(by: override)
        #expect(
            table.price(of: "mistral-small-latest") == ModelPrice(inputPerMillionTokens: 1, outputPerMillionTokens: 2))
        #expect(table.price(of: "mistral-large-latest") == PriceTable.mistral.price(of: "mistral-large-2512"))
    }

    @Test func anOverrideCanRepointAnAliasOrPriceItDirectly() throws {
        let repointed = PriceTable.mistral.overridden(
            by: try PriceTable(
                json: Data(#"{"models": {}, "aliases": {"mistral-small-latest": "mistral-small-2506"}}"#.utf8),
                base: .mistral))
        #expect(repointed.price(of: "mistral-small-latest") == PriceTable.mistral.price(of: "mistral-small-2506"))

        let direct = PriceTable.mistral.overridden(
            by: try PriceTable(json: Data(#"{"models": {"mistral-small-latest": {"input": 9}}}"#.utf8)))
        #expect(direct.price(of: "mistral-small-latest")?.inputPerMillionTokens == 9)
    }

    @Test func anAliasOfAnUnpricedModelIsRejected() {
        let error = #expect(throws: PriceTableError.self) {
            try PriceTable(json: Data(#"{"models": {}, "aliases": {"house-latest": "house-2601"}}"#.utf8))
        }
        #expect(error?.entry == "house-latest")
        #expect(error?.description == "price of house-latest: is an alias of house-2601, which has no price")
        #expect(throws: WindsockConfigurationError.self) {
            try WindsockConfiguration.fromEnvironment(
                ["WINDSOCK_PRICES": #"{"models": {}, "aliases": {"x-latest": "x-1"}}"#], fallback: .none)
        }
    }
}
