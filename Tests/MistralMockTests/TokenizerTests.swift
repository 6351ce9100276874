import Testing

@testable import MistralMock

@Suite("Tokenizer approximation")
struct TokenizerTests {
    @Test("words keep their leading space, punctuation is separate, long words are cut in 4-letter pieces")
    func rules() {
        #expect(Tokenizer.tokens("Hello, world!") == ["Hello", ",", " world", "!"])
        #expect(Tokenizer.tokens(" internationalization") == [" inte", "rnat", "iona", "liza", "tion"])
        #expect(Tokenizer.tokens("a  b") == ["a", " ", " b"])
    }

    @Test("tokens concatenate back to the text", arguments: ["Hello there", "  spaced\nlines\t and émojis 😀!", ""])
    func lossless(text: String) {
        #expect(Tokenizer.tokens(text).joined() == text)
    }

    @Test("prompt tokens add one begin token and three per message")
    func promptTokens() {
        #expect(Tokenizer.promptTokens(messageTexts: ["Hello"]) == 1 + 3 + 1)
        #expect(Tokenizer.promptTokens(messageTexts: ["Hi", "Hello, world!"]) == 1 + (3 + 1) + (3 + 4))
    }
}
