import OrderedJSON
import Testing
import WindsockModel

@testable import WindsockServer

@Suite("API JSON encoding")
struct JSONEncodingTests {
    @Test("strings with escapes, control characters and non-ASCII text round-trip through the API encoding")
    func roundTrip() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{07} nul \u{00} é 日本 🌬️ end"
        let span = Span(
            traceID: TraceID(high: 1, low: 2), spanID: SpanID(3), name: text, kind: .llm,
            startTime: Timestamp(nanosecondsSinceEpoch: 0), endTime: Timestamp(nanosecondsSinceEpoch: 1_500_000),
            input: .string(text))
        let encoded = span.apiJSON.compactString
        #expect(encoded.contains(#"nul \u0000 é 日本 🌬️"#))
        let decoded = try JSONParser.parse(encoded)
        #expect(decoded["name"]?.stringValue == text)
        #expect(decoded["input"]?.stringValue == text)
        #expect(decoded["duration_ms"] == 1.5)
        #expect(decoded == span.apiJSON)
    }
}
