import Testing
import WindsockModel

@Suite("Price table")
struct PriceTableTests {
    @Test(arguments: [
        ("mistral-small-latest", 0.15, 0.6), ("mistral-small-2506", 0.1, 0.3), ("MISTRAL-SMALL-LATEST", 0.15, 0.6),
        ("mistral-medium-latest", 1.5, 7.5), ("mistral-medium-2508", 0.4, 2.0), ("mistral-large-latest", 0.5, 1.5),
        ("mistral-large-2411", 2.0, 6.0), ("magistral-medium-2509", 2.0, 5.0), ("magistral-small-latest", 0.5, 1.5),
        ("codestral-latest", 0.3, 0.9), ("codestral-2508", 0.3, 0.9), ("devstral-small-2507", 0.1, 0.3),
        ("devstral-medium-latest", 0.4, 2.0), ("ministral-8b-latest", 0.15, 0.15), ("ministral-8b-2410", 0.1, 0.1),
        ("pixtral-large-latest", 2.0, 6.0), ("pixtral-12b-2409", 0.15, 0.15), ("mistral-embed", 0.1, 0.1),
        ("codestral-embed-2505", 0.15, 0.15), ("mistral-moderation-latest", 0.1, 0.1),
        ("open-mistral-nemo", 0.15, 0.15), ("mistral/mistral-small-latest", 0.15, 0.6),
    ])
    func knownModels(model: String, input: Double, output: Double) throws {
        let price = try #require(PriceTable.mistral.price(of: model))
        #expect(price.inputPerMillionTokens == input)
        #expect(price.outputPerMillionTokens == output)
    }

    @Test func costsAndUnknowns() {
        let table = PriceTable.mistral
        let usage = TokenUsage(inputTokens: 2_000_000, outputTokens: 1_000_000)
        #expect(table.cost(model: "mistral-small-latest", usage: usage) == 0.9)
        #expect(table.cost(model: "gpt-4o", usage: usage) == nil)
        #expect(table.cost(model: "bad-model", usage: usage) == nil)
        #expect(table.cost(model: "mistral-small-latest", usage: TokenUsage()) == nil)
        // Embeddings report a total only.
        #expect(table.cost(model: "mistral-embed", usage: TokenUsage(totalTokens: 1_000_000)) == 0.1)
        // OCR is billed per page: tokens do not price it.
        #expect(table.cost(model: "mistral-ocr-latest", usage: usage) == nil)
        #expect(table.cost(model: "mistral-ocr-latest", pages: 1000) == 1.0)
        #expect(table.cost(model: "mistral-small-latest", pages: 3) == nil)
        #expect(PriceTable.empty.cost(model: "mistral-small-latest", usage: usage) == nil)
    }
}
