import Testing

@testable import MistralMock

@Suite("Answer generation")
struct GenerationTests {
    @Test(
        "questions phrased as What is / Explain / Tell me about give their subject",
        arguments: [
            ("What is the capital of France?", "the capital of France"),
            ("Explain photosynthesis in plants.", "photosynthesis in plants"),
            ("tell me about Lyon", "Lyon"),
        ]
    )
    func subjectPhrase(question: String, subject: String) {
        #expect(AnswerWriter.subjectPhrase(of: question) == subject)
        var random = DeterministicRandom(seed: 1)
        #expect(AnswerWriter.textAnswer(to: question, random: &random).contains(subject))
    }

    @Test("other phrasings have no subject phrase", arguments: ["How do rainbows form?", "What is", "Hello"])
    func noSubjectPhrase(question: String) {
        #expect(AnswerWriter.subjectPhrase(of: question) == nil)
    }

    @Test("a tool fits a prompt naming a word of its name, or two words of its description")
    func toolFit() {
        let weather = ToolDefinition(
            name: "get_current_weather", description: "Get the weather for a city", parameters: [:])
        let stocks = ToolDefinition(
            name: "lookupTicker", description: "Find the latest stock price of a company", parameters: [:])
        #expect(ToolCallPlanner.fits(weather, question: "Is the weather nice in Rome?"))
        #expect(!ToolCallPlanner.fits(weather, question: "What is the capital city of Italy?"))
        #expect(ToolCallPlanner.fits(stocks, question: "What is the ticker for Apple?"))
        #expect(ToolCallPlanner.fits(stocks, question: "Which company has the best stock price?"))
        #expect(ToolCallPlanner.splitIdentifier("getHTTPStatus_code") == ["get", "httpstatus", "code"])
    }

    @Test("proper nouns skip sentence-initial words; numbers are collected")
    func promptWords() {
        let words = PromptWords("Check the weather in Rome for 3 days. Then email Anna.")
        #expect(words.properNouns == ["Rome", "Anna"])
        #expect(words.numbers == [3])
        #expect(words.keywords.contains("weather"))
    }
}
