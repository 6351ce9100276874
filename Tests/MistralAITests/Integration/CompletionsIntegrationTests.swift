import Foundation
import MistralMock
import Testing

@testable import MistralAI

@Suite("FIM, embeddings, moderation, classifiers, OCR and models against the emulator")
struct CompletionsIntegrationTests {
    @Test("FIM complete and stream")
    func fim() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let response = try await mistral.fim.complete(
                model: "codestral-latest",
                prompt: "def fibonacci(n: int):",
                suffix: "return result",
                temperature: 0,
                maxTokens: 64,
                minTokens: 1,
                stop: ["\n\n\n"]
            )
            #expect(!(response.text ?? "").isEmpty)
            #expect(response.usage != nil)
            var accumulator = ChatCompletionAccumulator()
            for try await chunk in try await mistral.fim.stream(
                model: "codestral-latest", prompt: "def add(a, b):", suffix: "")
            {
                accumulator.add(chunk)
            }
            #expect(accumulator.response.finishReason != nil)
            #expect(accumulator.response.usage != nil)
        }
    }

    @Test("embeddings: 1024 unit vectors, output dimension, dtype and base64")
    func embeddings() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let response = try await mistral.embeddings.create(
                model: "mistral-embed", input: ["Embed this sentence.", "As well as this one."])
            #expect(response.vectors.count == 2)
            #expect(response.vectors.allSatisfy { $0.count == 1024 })
            let norm = response.vectors[0].reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(norm - 1) < 0.001)
            #expect(response.usage?.promptTokens ?? 0 > 0)
            #expect(response.data.map(\.index) == [0, 1])

            let small = try await mistral.embeddings.create(
                model: "codestral-embed", input: "let x = 1", outputDimension: 256, outputDtype: .int8)
            #expect(small.vectors.first?.count == 256)
            #expect(small.vectors.first?.allSatisfy { $0 == $0.rounded() && $0 >= -128 && $0 <= 127 } == true)

            let encoded = try await mistral.embeddings.create(
                model: "mistral-embed", input: "x", encodingFormat: .base64)
            #expect(encoded.data.first?.base64?.isEmpty == false)
            #expect(encoded.data.first?.embedding.isEmpty == true)
        }
    }

    @Test("moderation of texts and of a chat")
    func moderation() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let texts = try await mistral.moderations.create(
                model: "mistral-moderation-latest",
                input: ["I love sunny days.", "I will kill you and burn your house."]
            )
            #expect(texts.results.count == 2)
            #expect(!texts.results[0].isFlagged)
            #expect(texts.results[1].flaggedCategories.contains("violence_and_threats"))
            let chat = try await mistral.moderations.chat(
                model: "mistral-moderation-latest",
                messages: [.user("Hello"), .assistant("Hi, how can I help?")]
            )
            #expect(chat.results.count == 1)
            #expect(!chat.results[0].categoryScores.isEmpty)
        }
    }

    @Test("classification of texts and of a chat")
    func classifiers() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let texts = try await mistral.classifiers.classify(
                model: "mistral-moderation-latest", input: ["Hello", "World"])
            #expect(texts.results.count == 2)
            #expect(texts.results[0]["moderation"]?.scores.isEmpty == false)
            let chat = try await mistral.classifiers.classifyChat(
                model: "mistral-moderation-latest", messages: [.user("Hello")])
            #expect(chat.results.count == 1)
            #expect(chat.results[0]["moderation"]?.topLabel != nil)
        }
    }

    @Test("OCR of a document URL")
    func ocr() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let result = try await mistral.ocr.process(
                model: "mistral-ocr-latest",
                document: .documentURL("https://arxiv.org/pdf/2201.04234", name: "paper.pdf"),
                includeImageBase64: false
            )
            #expect(!result.pages.isEmpty)
            #expect(!result.markdown.isEmpty)
            #expect(result.usageInfo?.pagesProcessed == result.pages.count)
            let image = try await mistral.ocr.process(
                model: "mistral-ocr-latest", document: .imageURL("https://example.com/receipt.png"))
            #expect(!image.pages.isEmpty)
        }
    }

    @Test("models: list and retrieve; deleting a base model is refused")
    func models() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let list = try await mistral.models.list()
            #expect(
                list.data.contains { $0.id == "mistral-small-latest" || $0.aliases.contains("mistral-small-latest") })
            #expect(list.data.contains { $0.capabilities.completionFIM })
            let card = try await mistral.models.retrieve("mistral-embed")
            #expect(card.id == "mistral-embed")
            await #expect(throws: MistralError.self) {
                _ = try await mistral.models.delete("mistral-small-latest")
            }
            await #expect {
                _ = try await mistral.models.retrieve("retired-model-xyz")
            } throws: { error in
                (error as? MistralError)?.status == 404
            }
        }
    }
}
