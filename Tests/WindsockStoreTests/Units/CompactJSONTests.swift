import OrderedJSON
import Testing
import WindsockStore

@Suite struct CompactJSONTests {
    @Test func writesWhatCompactStringWrites() throws {
        let value: JSONValue = [
            "text": "quote \" backslash \\ newline \n tab \t return \r bell \u{07} nul \u{0} del \u{7F}",
            "unicode": "Œuvre 日本語 😀 e\u{301}", "numbers": [0, -12, 3.5, 1e300, 2.0, -0.0, .double(.nan)],
            "nested": ["empty": [:], "list": [], "null": nil, "flags": [true, false]], "": "",
        ]
        #expect(CompactJSON.string(value) == value.compactString)
        #expect(try JSONParser.parse(CompactJSON.string(value)) == JSONParser.parse(value.compactString))
    }
}
